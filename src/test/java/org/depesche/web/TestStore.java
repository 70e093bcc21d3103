package org.depesche.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depesche.cli.Main;

/** One store with the seeds and the German Wikinews corpus, ingested once for all web tests of a run. */
final class TestStore {
  private static Path file;

  private TestStore() {}

  static synchronized Path get() {
    if (file == null) {
      try {
        Path dir = Files.createTempDirectory("depesche-web-test");
        Path db = dir.resolve("web.duckdb");
        assertThat(Main.run("ingest", "../shared/seeds", "../shared/corpora/de-wikinews.jsonl", "--db", db.toString()))
            .isZero();
        file = db;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
