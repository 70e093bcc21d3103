package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.QuoteSpan;
import org.depesche.article.Article;
import org.junit.jupiter.api.Test;

/** Matching found quotations to annotated ones, and speakers by overlap, on a hand-made article. */
class QuoteScorerTest {
  // "das sei gut" is 20-31, „Nein“ 34-38 inside its marks, "sie" 46-49, "Es regnet" 51-60.
  private static final String BODY = "Der Minister sagte, das sei gut. „Nein“, rief sie. Es regnet, so er.";
  private static final Actor SOMEONE = new Actor("x", null, "DEU", null, "GOV");

  private static QuoteGold gold() {
    return new QuoteGold(new Article("a", "T", null, null, "de", BODY), "dev", List.of(
        new QuoteGold.Quote("Indirect", List.of(new QuoteGold.Span(20, 31)), List.of(new QuoteGold.Span(0, 12))),
        new QuoteGold.Quote("Direct", List.of(new QuoteGold.Span(34, 38)), List.of(new QuoteGold.Span(46, 49))),
        new QuoteGold.Quote("Indirect", List.of(new QuoteGold.Span(51, 60)), List.of())));
  }

  @Test
  void pairs_count_only_where_quotation_and_speaker_both_match() {
    int offset = 2; // "T\n" before the body
    QuoteScorer scorer = new QuoteScorer();
    scorer.add(gold(), List.of(
        // right quotation, speaker words overlap "Der Minister"
        new QuoteSpan(20 + offset, 31 + offset, "das sei gut", false, SOMEONE, 4 + offset, 12 + offset),
        // right quotation, wrong speaker words ("Nein")
        new QuoteSpan(34 + offset, 38 + offset, "Nein", true, SOMEONE, 34 + offset, 38 + offset),
        // a quotation that is not annotated at all
        new QuoteSpan(0 + offset, 3 + offset, "Der", false, null, -1, -1)), offset);
    QuoteScorer.Counts all = scorer.total();
    assertThat(all.gold()).isEqualTo(3);
    assertThat(all.goldWithSpeaker()).isEqualTo(2);
    assertThat(all.found()).isEqualTo(3);
    assertThat(all.foundWithSpeaker()).isEqualTo(2);
    assertThat(all.quoteMatched()).isEqualTo(2);
    assertThat(all.pairRight()).isEqualTo(1);
    assertThat(all.pairPrecision()).isEqualTo(0.5);
    assertThat(all.pairRecall()).isEqualTo(0.5);
    assertThat(scorer.byType().get("Direct").pairRight()).isZero();
    assertThat(scorer.misses()).hasSize(1).first().extracting(QuoteScorer.Miss::goldSpeaker).isEqualTo("sie");
  }

  @Test
  void a_short_quotation_inside_a_long_one_matches_the_one_of_similar_length() {
    QuoteGold g = new QuoteGold(new Article("a", "", null, null, "de", BODY), "dev", List.of(
        new QuoteGold.Quote("Indirect", List.of(new QuoteGold.Span(13, 50)), List.of(new QuoteGold.Span(0, 12))),
        new QuoteGold.Quote("Direct", List.of(new QuoteGold.Span(34, 38)), List.of(new QuoteGold.Span(46, 49)))));
    QuoteScorer scorer = new QuoteScorer();
    scorer.add(g, List.of(new QuoteSpan(34, 38, "Nein", true, SOMEONE, 46, 49)), 0);
    assertThat(scorer.byType().get("Direct").pairRight()).isEqualTo(1);
    assertThat(scorer.byType().get("Indirect").quoteMatched()).isZero();
  }
}
