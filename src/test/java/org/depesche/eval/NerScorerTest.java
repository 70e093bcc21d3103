package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.depesche.actor.ActorLexicon;
import org.depesche.eval.NerScorer.Span;
import org.depesche.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two systems' spans on hand-tagged tokens, and the counts; the bundled dictionaries, no CoreNLP. */
class NerScorerTest {
  private static NerScorer scorer;

  @BeforeAll
  static void load() {
    scorer = new NerScorer(ActorLexicon.german(), NerScorer.standardTypes());
  }

  /** A sentence of the given words, all tagged O in GermEval. */
  private static GermEvalSentence sentence(String text) {
    List<String> words = List.of(text.split(" "));
    return new GermEvalSentence("test", 1, words, words.stream().map(w -> "O").toList());
  }

  /**
   * Annotator tokens over the sentence's text, each written {@code word/NER} (NER "O" when left out); a token may
   * cover part of a word or several words, as CoreNLP's tokens do.
   */
  private static List<Token> tokens(GermEvalSentence s, String... tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tagged) {
      int slash = t.lastIndexOf('/');
      String word = slash > 0 ? t.substring(0, slash) : t;
      String ner = slash > 0 ? t.substring(slash + 1) : "O";
      int begin = s.text().indexOf(word, at);
      at = begin + word.length();
      out.add(new Token(out.size(), word, word, "X", ner, begin, at, Token.UNPARSED, ""));
    }
    return out;
  }

  private static List<Token> tokens(GermEvalSentence s) {
    return tokens(s, s.words().toArray(String[]::new));
  }

  @Test
  void gold_keeps_outer_per_loc_org_and_a_stray_inside_tag_opens_a_span() {
    List<String> words = Arrays.asList("Die deutschen Grünen lesen Harry Potter in EU-Staaten und Berlin".split(" "));
    GermEvalSentence s = new GermEvalSentence("test", 1, words, List.of("O", "B-LOCderiv", "B-ORG", "O", "B-OTH",
        "I-OTH", "O", "B-ORGpart", "O", "I-LOC"));
    assertThat(NerScorer.gold(s)).containsExactly(new Span(2, 2, "ORG"), new Span(9, 9, "LOC"));
  }

  @Test
  void corenlp_spans_are_runs_of_one_tag_mapped_to_words_by_offsets() {
    GermEvalSentence s = sentence("Angela Merkel traf in Paris den Chef der Bank of England und Karl Müller .");
    List<Token> t = tokens(s, "Angela Merkel/PERSON", "traf", "in", "Paris/LOCATION", "den", "Chef", "der",
        "Bank/ORGANIZATION", "of/ORGANIZATION", "Eng/ORGANIZATION", "land/ORGANIZATION", "und", "Karl/PERSON",
        "Müller/MISC", ".");
    assertThat(NerScorer.corenlp(s, t)).containsExactly(new Span(0, 1, "PER"), new Span(4, 4, "LOC"),
        new Span(8, 10, "ORG"), new Span(12, 12, "PER"));
  }

  @Test
  void dictionary_adds_what_corenlp_missed_and_replaces_what_it_split() {
    GermEvalSentence s = sentence("Die Bundeswehr fliegt aus den Vereinigten Staaten von Amerika nach Frankreich .");
    List<Token> t = tokens(s, "Die", "Bundeswehr", "fliegt", "aus", "den", "Vereinigten/LOCATION",
        "Staaten/LOCATION", "von", "Amerika/LOCATION", "nach", "Frankreich", ".");
    assertThat(NerScorer.corenlp(s, t)).containsExactly(new Span(5, 6, "LOC"), new Span(8, 8, "LOC"));
    assertThat(scorer.depesche(s, t)).containsExactly(new Span(1, 1, "ORG"), new Span(5, 8, "LOC"),
        new Span(10, 10, "LOC"));
  }

  @Test
  void a_longer_ner_span_around_a_dictionary_word_stays_whole() {
    GermEvalSentence s = sentence("An der Universität Paris lief Welcome to Sarajevo mit Angela Merkel .");
    List<Token> t = tokens(s, "An", "der", "Universität/ORGANIZATION", "Paris/ORGANIZATION", "lief", "Welcome/MISC",
        "to/MISC", "Sarajevo/MISC", "mit", "Angela/PERSON", "Merkel/PERSON", ".");
    assertThat(scorer.depesche(s, t)).containsExactly(new Span(2, 3, "ORG"), new Span(9, 10, "PER"));
  }

  @Test
  void lower_case_and_hyphenated_matches_need_the_ner_to_agree() {
    GermEvalSentence s = sentence("Der US-Präsident und die linken Abgeordneten trafen die Nato .");
    assertThat(scorer.depesche(s, tokens(s))).containsExactly(new Span(8, 8, "ORG"));
    List<Token> tagged = tokens(s, "Der", "US-Präsident/LOCATION", "und", "die", "linken", "Abgeordneten", "trafen",
        "die", "Nato", ".");
    assertThat(scorer.depesche(s, tagged)).containsExactly(new Span(1, 1, "ORG"), new Span(8, 8, "ORG"));
  }

  @Test
  void adjectives_and_demonyms_name_no_entity() {
    GermEvalSentence s = sentence("Die französischen Bauern und die Franzosen .");
    assertThat(scorer.dictionary(s, tokens(s))).isEmpty();
    assertThat(scorer.depesche(s, tokens(s))).isEmpty();
  }

  @Test
  void counts_exact_matches_by_type_and_overall() {
    List<Span> gold = List.of(new Span(0, 1, "PER"), new Span(3, 3, "LOC"), new Span(6, 8, "ORG"));
    List<Span> found = List.of(new Span(0, 1, "PER"), new Span(3, 3, "ORG"), new Span(6, 7, "ORG"),
        new Span(10, 10, "LOC"), new Span(10, 10, "LOC"));
    NerScorer.Score score = NerScorer.score(gold, found).plus(NerScorer.score(List.of(new Span(0, 0, "PER")),
        List.of(new Span(0, 0, "PER"))));
    assertThat(score.of("PER")).isEqualTo(new NerScorer.Counts(2, 2, 2));
    assertThat(score.of("LOC")).isEqualTo(new NerScorer.Counts(1, 1, 0));
    assertThat(score.of("ORG")).isEqualTo(new NerScorer.Counts(1, 2, 0));
    NerScorer.Counts all = score.overall();
    assertThat(all).isEqualTo(new NerScorer.Counts(4, 5, 2));
    assertThat(all.precision()).isCloseTo(0.4, within(1e-9));
    assertThat(all.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(all.f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-9));
  }
}
