package org.depesche.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds the actors an article names: dictionary names, role words with their country ("der südkoreanische
 * Präsident", "Russlands Außenminister", "US-Präsident", "der Präsident der Ukraine"), role appositions that
 * introduce a new name ("die japanische Premierministerin Sanae Takaichi": the name keeps that identity for the
 * rest of the article), and persons or organisations that only the named-entity recogniser knows.
 *
 * <p>One instance serves many threads; all per-article state lives in {@link #find}; each sentence is read by a
 * {@link SentenceScan}.
 */
public final class ActorFinder {
  private static final java.util.Set<String> PERSONAL = java.util.Set.of("er", "sie", "ich", "wir");

  private final ActorLexicon lexicon;
  private final ActNouns actNouns;
  private final SentenceScan scan;

  /** A finder over the lexicon, with the German act nouns. */
  public ActorFinder(ActorLexicon lexicon) {
    this(lexicon, LanguageFiles.german());
  }

  /** A finder over the lexicon, with the act nouns of {@code files}. */
  public ActorFinder(ActorLexicon lexicon, LanguageFiles files) {
    this.lexicon = lexicon;
    this.actNouns = ActNouns.of(files);
    this.scan = new SentenceScan(lexicon, Set.copyOf(files.lines("press-countries")));
  }

  /** Finds the actors of an article's sentences, resolving people by the publication date (null if unknown). */
  public ArticleActors find(List<Sentence> sentences, LocalDate published) {
    String home = homeCountry(sentences);
    Map<String, Actor> introduced = new HashMap<>();
    List<List<ActorMention>> all = new ArrayList<>();
    for (Sentence s : sentences) {
      all.add(scan.mentions(s, published, home, introduced, all));
    }
    List<Map<Integer, Actor>> standIns = new ArrayList<>();
    for (Sentence s : sentences) {
      Map<Integer, Actor> nouns = new HashMap<>(actNouns.doers(sentences, all, s.index()));
      nouns.putAll(compounds(s, all.get(s.index())));
      standIns.add(nouns);
    }
    return new ArticleActors(all, home, standIns);
  }

  /** "US-Luftangriff", "EU-Mission": nouns outside any mention whose prefix before the hyphen names an actor. */
  private Map<Integer, Actor> compounds(Sentence s, List<ActorMention> mentions) {
    Map<Integer, Actor> out = new HashMap<>();
    for (Token t : s.tokens()) {
      int hyphen = t.word().indexOf('-');
      if (!t.isPos("NOUN") || hyphen <= 0 || mentions.stream().anyMatch(m -> m.covers(t.index()))) {
        continue;
      }
      lexicon.longestMatch(List.of(t.word().substring(0, hyphen)), 0)
          // countries and international organisations only: an institution's short name is often ambiguous
          // ("TRT-Mitglieder" of the Thai party, not of Turkish television)
          .filter(e -> (e.kind() == ActorLexicon.Kind.COUNTRY || e.kind() == ActorLexicon.Kind.ORGANISATION)
              && e.words().size() == 1)
          .ifPresent(e -> out.put(t.index(), new Actor(t.word(), null, e.country(), e.org(), null)));
    }
    return out;
  }

  /**
   * Whether a tagged sentence may name an actor at all: a dictionary name, a role word, a named entity or a
   * personal pronoun. Part of the cheap test that decides whether a sentence is parsed.
   */
  public boolean mayNameActor(List<Token> tokens) {
    List<String> words = tokens.stream().map(Token::word).toList();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.ner().equals("O") || (t.isPos("PRON") && PERSONAL.contains(words.get(i).toLowerCase(java.util.Locale.ROOT)))
          || lexicon.role(t.word()).isPresent() || lexicon.longestMatch(words, i).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The country the article speaks of most; the title and first sentence count double. */
  private String homeCountry(List<Sentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : sentences) {
      List<String> words = words(s);
      for (int i = 0; i < words.size(); i++) {
        Optional<ActorLexicon.Entry> e = lexicon.longestMatch(words, i);
        if (e.isPresent() && e.get().country() != null && !e.get().shared()) {
          counts.merge(e.get().country(), s.index() < 2 ? 2 : 1, Integer::sum);
          i += e.get().words().size() - 1;
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static List<String> words(Sentence s) {
    return s.tokens().stream().map(Token::word).toList();
  }
}
