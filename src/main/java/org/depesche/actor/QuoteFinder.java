package org.depesche.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.DataFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds quotations and their speakers: the actor named right after the quotation with a cue
 * ("„...“, schrieb Selenskyj", "„...“, so das ukrainische Staatsoberhaupt"), else the actor named before it
 * with a cue ("Der Präsident erklärte: „...“"). Cue words live in {@code depesche/verbs/de/speech-cues.txt}.
 */
public final class QuoteFinder {
  private static final Pattern QUOTE = Pattern.compile("„([^“”\"]{2,}?)[“”\"]|»([^«]{2,}?)«|\"([^\"]{2,}?)\"|“([^”]{2,}?)”");

  private final Set<String> cues;

  private QuoteFinder(Set<String> cues) {
    this.cues = cues;
  }

  /** The finder with the bundled German cue words. */
  public static QuoteFinder german() {
    return new QuoteFinder(Set.copyOf(DataFiles.lines("/depesche/verbs/de/speech-cues.txt")));
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
      quotes.add(new QuoteSpan(m.start(g), m.end(g), m.group(g), speaker(m.start(), m.end(), sentences, actors)));
    }
    return quotes;
  }

  private Actor speaker(int quoteStart, int quoteEnd, List<Sentence> sentences, ArticleActors actors) {
    for (Sentence s : sentences) {
      if (s.begin() <= quoteEnd && quoteEnd <= s.end() + 1) {
        Actor after = speakerAfter(s, quoteEnd, actors);
        if (after != null) {
          return after;
        }
      }
    }
    for (Sentence s : sentences) {
      if (s.begin() <= quoteStart && quoteStart < s.end()) {
        return speakerBefore(s, quoteStart, actors);
      }
    }
    return null;
  }

  /** "„...“, schrieb Selenskyj": a cue within three words after the quotation, then the first actor. */
  private Actor speakerAfter(Sentence s, int quoteEnd, ArticleActors actors) {
    boolean cue = false;
    int seen = 0;
    for (Token t : s.tokens()) {
      if (t.begin() < quoteEnd) {
        continue;
      }
      if (isCue(t)) {
        cue = true;
      }
      if (cue) {
        for (ActorMention am : actors.in(s.index())) {
          if (am.covers(t.index()) && am.actor().key() != null) {
            return am.actor();
          }
        }
        if (t.isPos("PRON") && t.word().matches("(?i)er|sie")) {
          return actors.lastPersonBefore(s.index(), t.index()).orElse(null);
        }
      }
      if (++seen > 8) {
        break;
      }
    }
    return null;
  }

  /** "Der Präsident erklärte: „...“": the last actor before a cue that precedes the quotation. */
  private Actor speakerBefore(Sentence s, int quoteStart, ArticleActors actors) {
    boolean cue = false;
    Actor speaker = null;
    for (Token t : s.tokens()) {
      if (t.begin() >= quoteStart) {
        break;
      }
      cue |= isCue(t);
      for (ActorMention am : actors.in(s.index())) {
        if (am.covers(t.index()) && am.actor().key() != null) {
          speaker = am.actor();
        }
      }
    }
    return cue ? speaker : null;
  }

  private boolean isCue(Token t) {
    return cues.contains(t.lemma().toLowerCase(Locale.ROOT)) || cues.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
