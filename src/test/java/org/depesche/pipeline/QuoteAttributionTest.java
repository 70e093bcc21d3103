package org.depesche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.SharedData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.depesche.eval.QuoteGold;
import org.depesche.eval.QuoteScorer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quotation attribution on the dev split of the annotated German Wikinews corpus must not fall below what it
 * reached (pairs P 0.597, R 0.323 when written; {@code depesche eval-quotes} prints the full table).
 */
@Tag("corenlp")
class QuoteAttributionTest {
  @Test
  void dev_split_attribution_does_not_regress() throws IOException {
    List<QuoteGold> gold = QuoteGold.read(SharedData.require(
        "events/de_wikinews_quotation_attribution/annotations.jsonl"))
        .stream().filter(g -> g.split().equals("dev")).toList();
    assertThat(gold).hasSize(150);
    List<CodedArticle> coded = TestPipeline.get().codeAll(gold.stream().map(QuoteGold::article).toList(), 2,
        (a, e) -> { throw new AssertionError(e); });
    QuoteScorer scorer = new QuoteScorer();
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), coded.get(i).quotes(), gold.get(i).article().title().length() + 1);
    }
    QuoteScorer.Counts all = scorer.total();
    assertThat(all.quotePrecision()).as("quotation precision").isGreaterThanOrEqualTo(0.77);
    assertThat(all.pairPrecision()).as("pair precision").isGreaterThanOrEqualTo(0.57);
    assertThat(all.pairRecall()).as("pair recall").isGreaterThanOrEqualTo(0.30);
    assertThat(scorer.byType().get("Direct").pairRecall()).as("direct quotations").isGreaterThanOrEqualTo(0.45);
  }
}
