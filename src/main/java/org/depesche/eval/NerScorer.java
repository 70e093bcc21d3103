package org.depesche.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depesche.actor.ActorLexicon;
import org.depesche.nlp.Token;

/**
 * Finds the names of people, places and organisations in a tagged GermEval sentence, once as CoreNLP's NER tags
 * them and once with Depesche's actor dictionaries added, and scores both against the gold spans.
 *
 * <p>Only the outer GermEval column counts, and only PER, LOC and ORG: OTH and the -deriv and -part variants
 * ("deutsche", "EU-weit") are not names of actors. A span is right when its first word, last word and type
 * equal a gold span's. Tokens come from any annotator; their offsets are relative to the sentence's
 * {@link GermEvalSentence#text()}, and a span's first and last words are the words holding its first and last
 * characters.
 */
public final class NerScorer {
  /** The scored entity types, in table order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  private static final Map<String, String> NER_TYPES = Map.of("PERSON", "PER", "LOCATION", "LOC",
      "ORGANIZATION", "ORG", "MISC", "OTH");

  /** A name: its first and last word in the sentence, inclusive, and its type (PER, LOC, ORG; OTH is never scored). */
  public record Span(int first, int last, String type) {
    boolean overlaps(Span o) {
      return first <= o.last && o.first <= last;
    }

    boolean strictlyContains(Span o) {
      return first <= o.first && o.last <= last && last - first > o.last - o.first;
    }
  }

  /** A dictionary entry found in a sentence, with the kind of entry that gave the span its type. */
  public record DictionaryMatch(Span span, ActorLexicon.Kind kind) {}

  private final ActorLexicon lexicon;
  private final Map<ActorLexicon.Kind, String> dictionaryTypes;

  /**
   * A scorer whose dictionary system reads {@code lexicon}.
   *
   * @param dictionaryTypes the entity type each dictionary kind stands for; kinds not in the map (adjectives,
   *                        demonyms) name no entity and are skipped
   */
  public NerScorer(ActorLexicon lexicon, Map<ActorLexicon.Kind, String> dictionaryTypes) {
    this.lexicon = lexicon;
    this.dictionaryTypes = Map.copyOf(dictionaryTypes);
  }

  /**
   * The dictionary kinds that name a GermEval entity. Seats ("Weißes Haus", "Kreml") are left out: the test set
   * holds three (Den Haag, Pentagon, Bundeskanzleramt); as ORG they win one span and lose one, as LOC they
   * change nothing CoreNLP found, and either way the common noun "Bundeskanzleramt" adds a wrong span.
   */
  public static Map<ActorLexicon.Kind, String> standardTypes() {
    return Map.of(ActorLexicon.Kind.PERSON, "PER", ActorLexicon.Kind.COUNTRY, "LOC", ActorLexicon.Kind.CAPITAL,
        "LOC", ActorLexicon.Kind.ORGANISATION, "ORG", ActorLexicon.Kind.INSTITUTION, "ORG");
  }

  /** The gold spans of the outer column, PER, LOC and ORG only; a stray I- tag opens a span, as in conlleval. */
  public static List<Span> gold(GermEvalSentence s) {
    List<Span> out = new ArrayList<>();
    List<String> tags = s.tags();
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).equals("O")) {
        continue;
      }
      String type = tags.get(i).substring(2);
      int last = i;
      while (last + 1 < tags.size() && tags.get(last + 1).equals("I-" + type)) {
        last++;
      }
      if (TYPES.contains(type)) {
        out.add(new Span(i, last, type));
      }
      i = last;
    }
    return out;
  }

  /** CoreNLP's names: maximal runs of tokens with the same person, location or organisation tag. */
  public static List<Span> corenlp(GermEvalSentence s, List<Token> tokens) {
    return nerRuns(s, tokens).stream().filter(n -> TYPES.contains(n.type())).toList();
  }

  /** Every NER run, MISC ones included as OTH (unscored, but they hold titles and brands with a place in them). */
  private static List<Span> nerRuns(GermEvalSentence s, List<Token> tokens) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String type = NER_TYPES.get(tokens.get(i).ner());
      if (type == null) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(tokens.get(i).ner())) {
        last++;
      }
      out.add(span(s, tokens.get(i), tokens.get(last), type));
      i = last;
    }
    return out;
  }

  /**
   * The dictionary's names: scanning left to right, the longest entry starting at each token, continuing after
   * it. Entries of a kind that names no entity still consume their words ("Deutsche" in "Deutsche Bank" is an
   * adjective entry, so no country is found inside the bank).
   *
   * <p>The lexicon lists actors, and an actor need not be named: "US-Präsident" and "UN-Mission" are compounds
   * that hold a name (GermEval's -part), "chinesischen Führung" is a description, and "linken" matches the party
   * "Linken" because long entries ignore case. So a match that starts with a lower-case letter, or is one
   * hyphenated word, counts only where CoreNLP's NER tags some of its words too.
   */
  public List<DictionaryMatch> dictionary(GermEvalSentence s, List<Token> tokens) {
    List<String> words = tokens.stream().map(Token::word).toList();
    List<DictionaryMatch> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<ActorLexicon.Entry> e = lexicon.longestMatch(words, i);
      if (e.isEmpty()) {
        continue;
      }
      int last = i + e.get().words().size() - 1;
      String type = dictionaryTypes.get(e.get().kind());
      List<Token> matched = tokens.subList(i, last + 1);
      if (type != null && (looksLikeName(matched) || matched.stream().anyMatch(t -> !t.ner().equals("O")))) {
        out.add(new DictionaryMatch(span(s, tokens.get(i), tokens.get(last), type), e.get().kind()));
      }
      i = last;
    }
    return out;
  }

  private static boolean looksLikeName(List<Token> matched) {
    String first = matched.get(0).word();
    boolean capital = Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0));
    // A lone common noun ("Bundesregierung", "Demokraten") names an institution by description, not by name.
    boolean commonNoun = matched.size() == 1 && matched.get(0).isPos("NOUN");
    return capital && !commonNoun && !(matched.size() == 1 && first.length() > 1 && first.indexOf('-', 1) > 0);
  }

  /**
   * CoreNLP's names with the dictionary's: a dictionary span replaces every NER span it overlaps, except that a
   * longer NER span around it, of any type, stays whole: "Bank of England" is not split at "England", "Angela
   * Merkel" not shortened to the dictionary's "Merkel", and the film "Welcome to Sarajevo" (MISC) holds no
   * capital.
   */
  public List<Span> depesche(GermEvalSentence s, List<Token> tokens) {
    List<Span> runs = nerRuns(s, tokens);
    List<Span> kept = new ArrayList<>();
    for (DictionaryMatch d : dictionary(s, tokens)) {
      if (runs.stream().noneMatch(n -> n.strictlyContains(d.span()))) {
        kept.add(d.span());
      }
    }
    List<Span> out = new ArrayList<>(kept);
    for (Span n : corenlp(s, tokens)) {
      if (kept.stream().noneMatch(n::overlaps)) {
        out.add(n);
      }
    }
    out.sort(Comparator.comparingInt(Span::first));
    return out;
  }

  private static Span span(GermEvalSentence s, Token first, Token last, String type) {
    return new Span(s.wordAt(first.begin()), s.wordAt(last.end() - 1), type);
  }

  /** The counts of one type, or of all: gold spans, predicted spans and predicted spans that are right. */
  public record Counts(int gold, int predicted, int correct) {
    public static final Counts NONE = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Counts by type; {@link #overall()} adds them up (micro average). */
  public record Score(Map<String, Counts> byType) {
    public static final Score NONE = new Score(Map.of());

    public Score {
      byType = Map.copyOf(byType);
    }

    public Counts of(String type) {
      return byType.getOrDefault(type, Counts.NONE);
    }

    public Counts overall() {
      return byType.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    public Score plus(Score o) {
      Map<String, Counts> sum = new LinkedHashMap<>();
      for (String t : TYPES) {
        sum.put(t, of(t).plus(o.of(t)));
      }
      return new Score(sum);
    }
  }

  /** Scores one sentence's predicted spans against its gold spans; a span predicted twice counts once. */
  public static Score score(List<Span> gold, List<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    Set<Span> p = new HashSet<>(predicted);
    Map<String, Counts> byType = new LinkedHashMap<>();
    for (String t : TYPES) {
      int correct = (int) p.stream().filter(x -> x.type().equals(t) && g.contains(x)).count();
      byType.put(t, new Counts(count(g, t), count(p, t), correct));
    }
    return new Score(byType);
  }

  private static int count(Set<Span> spans, String type) {
    return (int) spans.stream().filter(x -> x.type().equals(type)).count();
  }
}
