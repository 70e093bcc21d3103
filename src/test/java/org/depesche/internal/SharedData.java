package org.depesche.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

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
    Assumptions.assumeTrue(Files.exists(path), () -> "skipped: needs " + ROOT.resolve(relative) + ", the project's "
        + "shared data, which is not in the repository; put the shared folder (seeds, corpora, gold, ner-de, events) "
        + "beside the checkout, at " + ROOT.toAbsolutePath().normalize() + ", to run this test");
    return path;
  }
}
