package org.depesche.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The project's shared data ({@code ../shared}: seeds, corpora, gold, GermEval), which lives beside the checkout and
 * not in it. Tests that evaluate on it ask for it here: when it is absent (a fresh clone on its own) they are
 * skipped, with a message saying where the data goes, instead of failing.
 */
public final class SharedData {
  /** The folder beside the checkout that holds the shared data. */
  public static final Path ROOT = Path.of("..", "shared");

  private SharedData() {}

  /**
   * {@code ../shared/<relative>}, or the calling test skipped (a JUnit assumption) when it is not there.
   *
   * @param relative a file or folder under {@code ../shared}, as {@code corpora/de-wikinews.jsonl}
   */
  public static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    Assumptions.assumeTrue(Files.exists(path), () -> missing(List.of(relative)));
    return path;
  }

  private static String missing(List<String> relative) {
    return "skipped: needs " + relative.stream().map(r -> ROOT.resolve(r).toString()).toList() + ", the project's "
        + "shared data, which is not in the repository; put the shared folder (seeds, corpora, gold, ner-de, events) "
        + "beside the checkout, at " + ROOT.toAbsolutePath().normalize() + ", to run this test";
  }

  /** Disables what {@link NeedsShared} marks when any of its paths is missing, saying which and where they go. */
  static final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, NeedsShared.class))
          .map(needs -> {
            List<String> absent = Arrays.stream(needs.value()).filter(r -> !Files.exists(ROOT.resolve(r))).toList();
            return absent.isEmpty() ? ConditionEvaluationResult.enabled("the shared data is there")
                : ConditionEvaluationResult.disabled(missing(absent));
          })
          .orElse(ConditionEvaluationResult.enabled("needs no shared data"));
    }
  }
}
