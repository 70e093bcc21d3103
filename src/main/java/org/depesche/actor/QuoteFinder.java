package org.depesche.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds quotations and their speakers. Words in quotation marks take the speaker named with a cue right after them
 * ("„...“, schrieb Selenskyj", "„...“, so das ukrainische Staatsoberhaupt") or before them ("Der Präsident
 * erklärte: „...“"). Reported speech is the clause a cue introduces or closes ("Westerwelle erklärte, die Regierung
 * erkenne an, ...", "Die Lage sei ernst, warnte sie.", "Laut dem Ministerium ..."). Cue words live in
 * {@code depesche/verbs/de/speech-cues.txt}.
 */
public final class QuoteFinder {
  private static final Pattern QUOTE = Pattern.compile("„([^“”\"]{2,}?)[“”\"]|»([^«]{2,}?)«|\"([^\"]{2,}?)\"|“([^”]{2,}?)”");

  private final SpeechCues cues;
  private final ReportedSpeech reported;
  private final Set<String> reportedForms;

  private QuoteFinder(SpeechCues cues, Set<String> sourceNouns, Set<String> reportedForms) {
    this.cues = cues;
    this.reported = new ReportedSpeech(cues, sourceNouns);
    this.reportedForms = reportedForms;
  }

  /** The finder with the bundled German cue words. */
  public static QuoteFinder german() {
    return of(LanguageFiles.german());
  }

  /** The finder with the cue words of {@code files}. */
  public static QuoteFinder of(LanguageFiles files) {
    return new QuoteFinder(new SpeechCues(Set.copyOf(files.lines("speech-cues"))),
        Set.copyOf(files.lines("source-nouns")), Set.copyOf(files.lines("reported-forms")));
  }

  /** The quotations of an article, in text order. */
  public List<QuoteSpan> find(String text, List<Sentence> sentences, ArticleActors actors) {
    List<QuoteSpan> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
      if (m.group(g).strip().split("\\s+").length < 3) {
        continue; // a name or a title in quotes, not a quotation
      }
      Speaker who = speaker(m.start(), m.end(), sentences, actors);
      if (who.actor() == null && !quotes.isEmpty() && continues(quotes.get(quotes.size() - 1), m.start(), text)) {
        QuoteSpan before = quotes.get(quotes.size() - 1);
        who = new Speaker(before.speaker(), before.speakerBegin(), before.speakerEnd());
      }
      quotes.add(new QuoteSpan(m.start(g), m.end(g), m.group(g), true, who.actor(), who.begin(), who.end()));
    }
    List<QuoteSpan> direct = List.copyOf(quotes);
    for (Sentence s : sentences) {
      // Reported speech that is mostly a quotation in marks is that quotation, already found.
      reported.find(s, actors, direct).filter(r -> direct.stream().noneMatch(q -> 2 * overlap(q, r) >= r.end() - r.begin()))
          .ifPresent(quotes::add);
    }
    quotes.sort(Comparator.comparingInt(QuoteSpan::begin));
    return continued(quotes, sentences);
  }

  /**
   * Free indirect speech: a sentence right after a quoted one, with no quotation of its own, whose verb is in a
   * form of reported speech ("Dies sei eindeutig nachzuweisen gewesen") is the same speaker's.
   */
  private List<QuoteSpan> continued(List<QuoteSpan> quotes, List<Sentence> sentences) {
    List<QuoteSpan> out = new ArrayList<>(quotes);
    QuoteSpan last = null;
    for (Sentence s : sentences) {
      QuoteSpan own = null;
      for (QuoteSpan q : out) {
        if (q.end() > s.begin() && q.begin() < s.end()) {
          own = q;
        }
      }
      if (own == null && last != null && last.speaker() != null && s.tokens().size() > 2
          && s.tokens().stream().anyMatch(t -> t.isVerb() && reportedForms.contains(t.word()))) {
        own = ReportedSpeech.span(s, 0, ReportedSpeech.lastWord(s),
            new Speaker(last.speaker(), last.speakerBegin(), last.speakerEnd()));
        out.add(own);
      }
      last = own;
    }
    out.sort(Comparator.comparingInt(QuoteSpan::begin));
    return out;
  }

  private static int overlap(QuoteSpan a, QuoteSpan b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  private Speaker speaker(int quoteStart, int quoteEnd, List<Sentence> sentences, ArticleActors actors) {
    for (Sentence s : sentences) {
      if (s.begin() <= quoteEnd && quoteEnd <= s.end() + 1) {
        Speaker after = speakerAfter(s, quoteEnd, actors);
        if (after.actor() != null) {
          return after;
        }
      }
    }
    for (Sentence s : sentences) {
      if (s.begin() <= quoteStart && quoteStart < s.end()) {
        Speaker before = speakerBefore(s, quoteStart, actors);
        return before.actor() != null ? before : uncued(s, quoteStart, actors);
      }
    }
    return Speaker.NONE;
  }

  /** "Der Minister nannte das Vorgehen „...“": with no cue, the actor the sentence names before the quotation. */
  private static Speaker uncued(Sentence s, int quoteStart, ArticleActors actors) {
    int end = 0;
    while (end < s.tokens().size() && s.token(end).begin() < quoteStart) {
      end++;
    }
    if (end < 2) {
      return Speaker.NONE;
    }
    Speaker who = Speaker.firstFrom(s, 0, actors, end);
    return who;
  }

  /** Whether a quotation starting at {@code start} goes on from {@code before} with nothing but a sentence break. */
  private static boolean continues(QuoteSpan before, int start, String text) {
    int from = Math.min(before.end() + 1, start);
    return start - before.end() < 4 && text.substring(from, start).isBlank();
  }

  /** "„...“, schrieb Selenskyj": a cue within a few words after {@code from}, then the first actor. */
  private Speaker speakerAfter(Sentence s, int from, ArticleActors actors) {
    boolean cue = false;
    int seen = 0;
    for (Token t : s.tokens()) {
      if (t.begin() < from) {
        continue;
      }
      if (!cue && cues.at(t)) {
        cue = true;
        Speaker known = Speaker.firstFrom(s, t.index(), actors, Math.min(s.tokens().size(), t.index() + 8));
        return known.actor() != null ? known : Speaker.nominal(s, t.index() + 1, s.tokens().size());
      }
      if (++seen > 3) {
        break;
      }
    }
    return Speaker.NONE;
  }

  /** "Der Präsident erklärte: „...“": the last actor before a cue that precedes {@code before}. */
  private Speaker speakerBefore(Sentence s, int before, ArticleActors actors) {
    boolean cue = false;
    Speaker speaker = Speaker.NONE;
    for (Token t : s.tokens()) {
      if (t.begin() >= before) {
        break;
      }
      cue |= cues.at(t);
      Speaker at = Speaker.at(s, t, actors);
      if (at.actor() != null) {
        speaker = at;
      }
    }
    if (cue && speaker.actor() == null) {
      speaker = Speaker.nominal(s, 0, s.tokens().size());
    }
    return cue ? speaker : Speaker.NONE;
  }

}
