package org.depesche.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.DataFiles;
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
  /** Words that introduce a source rather than a clause ("laut", "so"); they are cues too. */
  private static final Set<String> SOURCE_WORDS = Set.of("laut", "so", "zufolge");

  private final Set<String> cues;
  private final Set<String> sourceNouns;

  private QuoteFinder(Set<String> cues, Set<String> sourceNouns) {
    this.cues = cues;
    this.sourceNouns = sourceNouns;
  }

  /** The finder with the bundled German cue words. */
  public static QuoteFinder german() {
    return new QuoteFinder(Set.copyOf(DataFiles.lines("/depesche/verbs/de/speech-cues.txt")),
        Set.copyOf(DataFiles.lines("/depesche/verbs/de/source-nouns.txt")));
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
      reported(s, actors, direct).filter(r -> direct.stream().noneMatch(q -> 2 * overlap(q, r) >= r.end() - r.begin()))
          .ifPresent(quotes::add);
    }
    quotes.sort(Comparator.comparingInt(QuoteSpan::begin));
    return quotes;
  }

  private static int overlap(QuoteSpan a, QuoteSpan b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  /** Who a quotation is attributed to and where the article names them. */
  private record Speaker(Actor actor, int begin, int end) {
    static final Speaker NONE = new Speaker(null, -1, -1);
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

  /** "Der Minister nannte das Vorgehen „...“": with no cue, whoever the sentence names before the quotation. */
  private static Speaker uncued(Sentence s, int quoteStart, ArticleActors actors) {
    int end = 0;
    while (end < s.tokens().size() && s.token(end).begin() < quoteStart) {
      end++;
    }
    if (end < 2) {
      return Speaker.NONE;
    }
    Speaker who = firstSpeakerFrom(s, 0, actors, end);
    return who.actor() != null ? who : nominal(s, 0, end);
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
      if (!cue && isCue(t)) {
        cue = true;
        Speaker known = firstSpeakerFrom(s, t.index(), actors, Math.min(s.tokens().size(), t.index() + 8));
        return known.actor() != null ? known : nominal(s, t.index() + 1, s.tokens().size());
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
      cue |= isCue(t);
      Speaker at = speakerAt(s, t, actors);
      if (at.actor() != null) {
        speaker = at;
      }
    }
    if (cue && speaker.actor() == null) {
      speaker = nominal(s, 0, s.tokens().size());
    }
    return cue ? speaker : Speaker.NONE;
  }

  /** The actor token {@code t} names: a mention that starts there, or "er"/"sie" resolved to its antecedent. */
  private static Speaker speakerAt(Sentence s, Token t, ArticleActors actors) {
    for (ActorMention am : actors.in(s.index())) {
      if (am.first() == t.index()) {
        return new Speaker(am.actor(), t.begin(), s.token(am.last()).end());
      }
    }
    if (t.isPos("PRON") && t.word().matches("(?i)er|sie")) {
      Actor who = actors.antecedent(s.index(), t.index()).orElse(new Actor(t.word(), null, null, null, null));
      return new Speaker(who, t.begin(), t.end());
    }
    return Speaker.NONE;
  }

  /**
   * A speaker no dictionary knows ("der Staatsanwalt", "VW-Chef Winterkorn"): the first noun or name from
   * {@code from} on, with the names right after it. Its actor has no key, so no event takes it as a side.
   */
  private static Speaker nominal(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = s.token(k);
      if (t.isPos("PUNCT") || t.isVerb()) {
        return Speaker.NONE;
      }
      if (t.isPos("NOUN", "PROPN")) {
        int last = k;
        while (last + 1 < to && s.token(last + 1).isPos("PROPN")) {
          last++;
        }
        String text = s.textOf(k, last, s.begin());
        return new Speaker(new Actor(text, null, null, null, null), t.begin(), s.token(last).end());
      }
    }
    return Speaker.NONE;
  }

  /**
   * Reported speech in a sentence outside quotation marks: "X sagte, ..." and "Laut X ..." (the rest of the
   * sentence is the quotation), or "..., sagte X." and "..., so X." (the words before the comma are).
   */
  private java.util.Optional<QuoteSpan> reported(Sentence s, ArticleActors actors, List<QuoteSpan> direct) {
    List<Token> tokens = s.tokens();
    if (tokens.size() < 5 || direct.stream().anyMatch(q -> q.covers(s.begin()) || q.covers(s.end() - 2))) {
      return java.util.Optional.empty();
    }
    int lastWord = tokens.get(tokens.size() - 1).isPos("PUNCT") ? tokens.size() - 2 : tokens.size() - 1;
    java.util.Optional<QuoteSpan> sourced = sourcePhrase(s, actors, lastWord);
    if (sourced.isPresent()) {
      return sourced;
    }
    for (int i = 0; i < tokens.size() - 2; i++) {
      Token t = tokens.get(i);
      if (!isCue(t)) {
        continue;
      }
      boolean afterComma = i > 0 && tokens.get(i - 1).word().equals(",");
      if (afterComma && i > 3) {
        // "Die Lage sei ernst, warnte sie." / "..., so der Minister."
        Speaker who = firstSpeakerFrom(s, i, actors);
        if (who.actor() == null) {
          who = nominal(s, i + 1, tokens.size());
        }
        if (who.actor() != null) {
          return java.util.Optional.of(span(s, 0, i - 2, who));
        }
      }
      int comma = nextPunct(tokens, i + 1, Math.min(tokens.size(), i + 8));
      if (comma > 0 && comma < lastWord - 2 && !SOURCE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        // "Westerwelle erklärte, die Regierung erkenne an ..." / "Am Montag sagte der Sprecher: ..."
        Speaker who = firstSpeakerFrom(s, i + 1, actors, comma);
        if (who.actor() == null) {
          who = lastSpeakerBefore(s, i, actors);
        }
        if (who.actor() == null) {
          who = nominal(s, i + 1, comma);
        }
        if (who.actor() == null) {
          who = nominal(s, 0, i);
        }
        if (who.actor() != null) {
          return java.util.Optional.of(span(s, comma + 1, lastWord, who));
        }
      }
      if (i == 0 && t.word().equals("Laut")) {
        Speaker who = firstSpeakerFrom(s, 1, actors, Math.min(tokens.size(), 6));
        int first = 1;
        while (first < lastWord && (tokens.get(first).begin() < who.end() || tokens.get(first).word().equals(","))) {
          first++;
        }
        if (who.actor() != null && first < lastWord - 2) {
          return java.util.Optional.of(span(s, first, lastWord, who));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * "Nach Angaben der Polizei sind ...", "Laut einem Bericht der Zeitung ...", "Berichten zufolge ...": a source
   * phrase heads the sentence; the clause from its verb on is what the source says.
   */
  private java.util.Optional<QuoteSpan> sourcePhrase(Sentence s, ArticleActors actors, int lastWord) {
    List<Token> tokens = s.tokens();
    String first = tokens.get(0).word();
    int verb = -1;
    boolean source = false;
    for (int k = 1; k < Math.min(tokens.size(), 10) && verb < 0; k++) {
      Token t = tokens.get(k);
      source |= sourceNouns.contains(t.word()) && (first.equals("Nach") || first.equals("Laut"));
      source |= t.word().equals("zufolge");
      if (t.isVerb()) {
        verb = k;
      }
    }
    if (!source || verb < 1 || verb > lastWord - 2) {
      return java.util.Optional.empty();
    }
    Speaker who = firstSpeakerFrom(s, 0, actors, verb);
    if (who.actor() == null) {
      who = nominal(s, first.equals("Nach") || first.equals("Laut") ? 1 : 0, verb);
    }
    return who.actor() == null ? java.util.Optional.empty() : java.util.Optional.of(span(s, verb, lastWord, who));
  }

  private static QuoteSpan span(Sentence s, int first, int last, Speaker who) {
    int b = s.token(first).begin();
    int e = s.token(last).end();
    String text = s.text().substring(b - s.begin(), e - s.begin());
    return new QuoteSpan(b, e, text, false, who.actor(), who.begin(), who.end());
  }

  private static int nextPunct(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word();
      if (w.equals(",") || w.equals(":")) {
        return k;
      }
      if (tokens.get(k).isPos("PUNCT")) {
        return -1;
      }
    }
    return -1;
  }

  private static Speaker firstSpeakerFrom(Sentence s, int from, ArticleActors actors) {
    return firstSpeakerFrom(s, from, actors, s.tokens().size());
  }

  private static Speaker firstSpeakerFrom(Sentence s, int from, ArticleActors actors, int to) {
    for (int k = from; k < to; k++) {
      Speaker at = speakerAt(s, s.token(k), actors);
      if (at.actor() != null) {
        return at;
      }
    }
    return Speaker.NONE;
  }

  private static Speaker lastSpeakerBefore(Sentence s, int before, ArticleActors actors) {
    Speaker found = Speaker.NONE;
    for (int k = 0; k < before; k++) {
      Speaker at = speakerAt(s, s.token(k), actors);
      if (at.actor() != null) {
        found = at;
      }
    }
    return found;
  }

  private boolean isCue(Token t) {
    return cues.contains(t.lemma().toLowerCase(Locale.ROOT)) || cues.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
