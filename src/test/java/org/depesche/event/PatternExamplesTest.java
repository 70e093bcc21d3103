package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.depesche.article.Article;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code examples:} sentence of patterns.yaml is coded, one case an example named by its pattern and text, and
 * the pattern's event with the example's actors must come out. The examples were written beside the patterns, not
 * tuned on the coder, so they are a second, independent measure. An example marked {@code known_failure} must still
 * fail: when a change makes it pass, the case fails until the mark is removed.
 */
@Tag("corenlp")
class PatternExamplesTest {
  /** The publication date of every example, which decides the office of the people named. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 1);

  static Stream<Arguments> examples() {
    return PatternBook.german(CameoOntology.standard()).all().stream().flatMap(p -> p.examples().stream()
        .map(ex -> Arguments.of(Named.of(p.cameo() + " " + p.trigger() + ": " + ex.text()
            + (ex.knownFailure() == null ? "" : " (known failure)"), p), ex)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void the_example_is_coded_unless_it_is_a_known_failure(EventPattern p, EventPattern.Example ex) {
    List<Event> events = TestPipeline.get()
        .code(new Article("example", "", null, PUBLISHED, "de", ex.text())).events();
    boolean coded = events.stream().anyMatch(e -> e.type().root().equals(p.root())
        && allows(ex.source(), e.source().key()) && e.target() != null && allows(ex.target(), e.target().key()));
    if (ex.knownFailure() == null) {
      assertThat(coded).as("%s: expected %s %s>%s, coded %s", ex.text(), p.root(), ex.source(), ex.target(),
          describe(events)).isTrue();
    } else {
      assertThat(coded).as("%s: known failure (%s) is now coded; remove the mark", ex.text(), ex.knownFailure())
          .isFalse();
    }
  }

  private static boolean allows(String expected, String key) {
    return key != null && List.of(expected.split("\\|")).contains(key);
  }

  private static List<String> describe(List<Event> events) {
    return events.stream().map(e -> e.type().cameo() + " " + e.source().key() + ">"
        + (e.target() == null ? "-" : e.target().key())).toList();
  }
}
