package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.NeedsShared;
import org.depesche.internal.SharedData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.depesche.actor.ActorLexicon;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Token;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The start of the GermEval 2014 test set through CoreNLP: tokens line up, and the dictionaries do no harm. */
@Tag("corenlp")
@NeedsShared({"ner-de/germeval2014/NER-de-test.tsv"})
class GermEvalTaggerTest {
  private static final String TEST_SET = "ner-de/germeval2014/NER-de-test.tsv";
  private static LinguisticAnnotator annotator;
  private static List<GermEvalSentence> sentences;

  @BeforeAll
  static void load() throws IOException {
    Path testSet = SharedData.require(TEST_SET);
    annotator = CoreNlpAnnotator.german();
    sentences = GermEvalReader.read(testSet).subList(0, 200);
  }

  @AfterAll
  static void release() {
    annotator = null; // the other test classes keep their own pipeline: let these models go
  }

  @Test
  void batches_keep_sentences_apart_and_tokens_inside_their_sentence() {
    List<GermEvalSentence> some = sentences.subList(0, 30);
    List<List<Token>> batched = new GermEvalTagger(annotator, 7, 2).tag(some);
    List<List<Token>> single = new GermEvalTagger(annotator, 1, 1).tag(some);
    assertThat(batched).isEqualTo(single).hasSize(30);
    for (int i = 0; i < some.size(); i++) {
      String text = some.get(i).text();
      List<Token> tokens = batched.get(i);
      assertThat(tokens.get(0).begin()).isZero();
      assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(text.length());
      tokens.forEach(t -> assertThat(text.substring(t.begin(), t.end())).isNotBlank());
    }
  }

  @Test
  void dictionaries_do_not_lower_corenlps_f1() {
    List<List<Token>> tokens = new GermEvalTagger(annotator, 50, 2).tag(sentences);
    NerScorer scorer = new NerScorer(ActorLexicon.german(), NerScorer.standardTypes());
    NerScorer.Score corenlp = NerScorer.Score.NONE;
    NerScorer.Score depesche = NerScorer.Score.NONE;
    for (int i = 0; i < sentences.size(); i++) {
      List<NerScorer.Span> gold = NerScorer.gold(sentences.get(i));
      corenlp = corenlp.plus(NerScorer.score(gold, NerScorer.corenlp(sentences.get(i), tokens.get(i))));
      depesche = depesche.plus(NerScorer.score(gold, scorer.depesche(sentences.get(i), tokens.get(i))));
    }
    assertThat(corenlp.overall().gold()).isEqualTo(178);
    assertThat(corenlp.overall().f1()).as("CoreNLP's F1 on the first 200 sentences").isGreaterThan(0.7);
    assertThat(depesche.overall().f1()).as("F1 with the dictionaries").isGreaterThanOrEqualTo(corenlp.overall().f1());
  }
}
