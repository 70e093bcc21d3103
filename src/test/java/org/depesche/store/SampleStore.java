package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depesche.cli.Main;

/** One store with the sample articles and the seeds, ingested once for all store tests of a run. */
final class SampleStore {
  private static Path file;

  private SampleStore() {}

  static synchronized Path get() {
    if (file == null) {
      try {
        Path db = Files.createTempDirectory("depesche-store-test").resolve("samples.duckdb");
        assertThat(Main.run("ingest", "samples", "../shared/seeds", "--db", db.toString())).isZero();
        file = db;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
