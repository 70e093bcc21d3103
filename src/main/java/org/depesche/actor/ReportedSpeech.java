package org.depesche.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Reported speech outside quotation marks: "Westerwelle erklärte, die Regierung erkenne an ...", "Die Lage sei
 * ernst, warnte sie.", "Nach Angaben der Polizei sind ...", "Berichten zufolge ...". The cue words are those of
 * {@link QuoteFinder}; the nouns that name a source ("Angaben", "Berichten") live in
 * {@code depesche/verbs/de/source-nouns.txt}.
 */
final class ReportedSpeech {
  /** Words that introduce a source rather than a clause ("laut", "so"); they are cues too. */
  private static final Set<String> SOURCE_WORDS = Set.of("laut", "so", "zufolge");

  private final SpeechCues cues;
  private final Set<String> sourceNouns;

  ReportedSpeech(SpeechCues cues, Set<String> sourceNouns) {
    this.cues = cues;
    this.sourceNouns = sourceNouns;
  }

  /**
   * Reported speech in a sentence outside quotation marks: "X sagte, ..." and "Laut X ..." (the rest of the
   * sentence is the quotation), or "..., sagte X." and "..., so X." (the words before the comma are).
   */
  Optional<QuoteSpan> find(Sentence s, ArticleActors actors, List<QuoteSpan> direct) {
    List<Token> tokens = s.tokens();
    if (tokens.size() < 5 || direct.stream().anyMatch(q -> q.covers(s.begin()) || q.covers(s.end() - 2))) {
      return Optional.empty();
    }
    int lastWord = lastWord(s);
    Optional<QuoteSpan> sourced = sourcePhrase(s, actors, lastWord);
    if (sourced.isPresent()) {
      return sourced;
    }
    for (int i = 0; i < tokens.size() - 2; i++) {
      Token t = tokens.get(i);
      if (!cues.at(t)) {
        continue;
      }
      boolean afterComma = i > 0 && tokens.get(i - 1).word().equals(",");
      if (afterComma && i > 3) {
        // "Die Lage sei ernst, warnte sie." / "..., so der Minister."
        Speaker who = Speaker.firstFrom(s, i, actors);
        if (who.actor() == null) {
          who = Speaker.nominal(s, i + 1, tokens.size());
        }
        if (who.actor() != null) {
          return Optional.of(span(s, 0, i - 2, who));
        }
      }
      int comma = nextPunct(tokens, i + 1, Math.min(tokens.size(), i + 8));
      if (comma > 0 && comma < lastWord - 2 && !SOURCE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        // "Westerwelle erklärte, die Regierung erkenne an ..." / "Am Montag sagte der Sprecher: ..."
        Speaker who = Speaker.firstFrom(s, i + 1, actors, comma);
        if (who.actor() == null) {
          who = Speaker.lastBefore(s, i, actors);
        }
        if (who.actor() == null) {
          who = Speaker.nominal(s, i + 1, comma);
        }
        if (who.actor() == null) {
          who = Speaker.nominal(s, 0, i);
        }
        if (who.actor() != null) {
          return Optional.of(span(s, comma + 1, lastWord, who));
        }
      }
      if (i == 0 && t.word().equals("Laut")) {
        Speaker who = Speaker.firstFrom(s, 1, actors, Math.min(tokens.size(), 6));
        int first = 1;
        while (first < lastWord && (tokens.get(first).begin() < who.end() || tokens.get(first).word().equals(","))) {
          first++;
        }
        if (who.actor() != null && first < lastWord - 2) {
          return Optional.of(span(s, first, lastWord, who));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Nach Angaben der Polizei sind ...", "Laut einem Bericht der Zeitung ...", "Berichten zufolge ...": a source
   * phrase heads the sentence; the clause from its verb on is what the source says.
   */
  private Optional<QuoteSpan> sourcePhrase(Sentence s, ArticleActors actors, int lastWord) {
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
      return Optional.empty();
    }
    Speaker who = Speaker.firstFrom(s, 0, actors, verb);
    if (who.actor() == null) {
      who = Speaker.nominal(s, first.equals("Nach") || first.equals("Laut") ? 1 : 0, verb);
    }
    return who.actor() == null ? Optional.empty() : Optional.of(span(s, verb, lastWord, who));
  }

  /** The index of a sentence's last token that is not its closing punctuation. */
  static int lastWord(Sentence s) {
    int n = s.tokens().size();
    return s.token(n - 1).isPos("PUNCT") ? n - 2 : n - 1;
  }

  /** Tokens {@code first} to {@code last} of a sentence as reported speech of {@code who}. */
  static QuoteSpan span(Sentence s, int first, int last, Speaker who) {
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
}
