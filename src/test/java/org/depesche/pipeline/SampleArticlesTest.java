package org.depesche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.event.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** README's first command (demo) codes the bundled samples: each holds the events it was written for. */
@Tag("corenlp")
class SampleArticlesTest {
  private static final List<Event> EVENTS = new ArrayList<>();

  @BeforeAll
  static void codeSamples() {
    List<Article> samples = new ArticleFiles(ArticleCleaner.standard())
        .read(List.of(Path.of("samples")), p -> { throw new AssertionError(p.toString()); });
    assertThat(samples).hasSize(5).allMatch(a -> a.published() != null);
    samples.forEach(a -> EVENTS.addAll(TestPipeline.get().code(a).events()));
  }

  private static boolean has(String source, String target, String root, String date) {
    return EVENTS.stream().anyMatch(e -> source.equals(e.source().key()) && e.target() != null
        && target.equals(e.target().key()) && e.type().root().equals(root)
        && (date == null || date.equals(e.date().value())));
  }

  @Test
  void merz_phoned_tusk_on_tuesday_and_invited_him_for_12_may() {
    assertThat(has("DEU", "POL", "04", "2026-04-21")).isTrue();
    assertThat(has("DEU", "POL", "03", "2026-05-12")).isTrue();
  }

  @Test
  void eu_paid_ukraine_aid_with_the_sum() {
    assertThat(EVENTS).anyMatch(e -> e.type().root().equals("07") && "EU".equals(e.source().key())
        && e.amount() != null && e.amount().value() == 1.2e9 && "EUR".equals(e.amount().currency()));
  }

  @Test
  void georgian_police_detained_protesters() {
    assertThat(has("GEO", "GEO", "14", null)).isTrue();
    assertThat(has("GEO", "GEO", "17", null)).isTrue();
  }

  @Test
  void russia_attacked_ukraine_on_21_january_and_the_un_and_eu_condemned_it() {
    assertThat(has("RUS", "UKR", "19", "2026-01-21")).isTrue();
    assertThat(has("UN", "RUS", "11", null)).isTrue();
    assertThat(has("EU", "RUS", "11", null)).isTrue();
  }

  @Test
  void eu_sanctioned_belarus_and_lithuania_expelled_diplomats() {
    assertThat(has("EU", "BLR", "16", null)).isTrue();
    assertThat(has("LTU", "BLR", "16", null)).isTrue();
  }
}
