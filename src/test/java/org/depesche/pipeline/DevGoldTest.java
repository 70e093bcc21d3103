package org.depesche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.SharedData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.eval.GoldArticle;
import org.depesche.eval.Scorer;
import org.depesche.event.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The score on the development gold must not fall below what the coder reached. */
@Tag("corenlp")
class DevGoldTest {
  @Test
  void dev_gold_score_does_not_regress() throws IOException {
    List<GoldArticle> gold = GoldArticle.read(SharedData.require("gold/dev.jsonl"));
    Set<String> docs = gold.stream().map(GoldArticle::doc).collect(Collectors.toSet());
    List<Article> articles = new ArticleFiles(ArticleCleaner.standard())
        .read(List.of(SharedData.require("corpora/de-wikinews.jsonl")), p -> { }).stream()
        .filter(a -> docs.contains(a.id())).toList();
    List<Event> events = new ArrayList<>();
    for (CodedArticle c : TestPipeline.get().codeAll(articles, 2, (a, e) -> { throw new AssertionError(e); })) {
      events.addAll(c.events());
    }
    Scorer.Result r = Scorer.score(gold, Scorer.byArticle(events));
    assertThat(r.f1()).as("F1 on dev gold").isGreaterThanOrEqualTo(0.70);
    assertThat(r.precision()).as("precision on dev gold").isGreaterThanOrEqualTo(0.74);
    assertThat(r.pairShare()).as("share of required events whose actor pair is found").isGreaterThanOrEqualTo(0.85);
  }
}
