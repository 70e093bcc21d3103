package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores ingested once per test run, for all tests that read the same sources: ingesting with the real models takes
 * minutes. The web tests use the seeds and the German Wikinews corpus, the store tests the samples and the seeds.
 */
public final class TestStores {
  private static final Map<List<String>, Path> STORES = new HashMap<>();

  private TestStores() {}

  /** The seeds and the German Wikinews corpus, for the web tests. */
  public static Path seedsAndWikinews() {
    SharedData.require("seeds");
    SharedData.require("corpora/de-wikinews.jsonl");
    return ingested("../shared/seeds", "../shared/corpora/de-wikinews.jsonl");
  }

  /** The sample articles and the seeds, for the store tests. */
  public static Path samplesAndSeeds() {
    SharedData.require("seeds");
    return ingested("samples", "../shared/seeds");
  }

  /** The store holding what {@code depesche ingest} makes of {@code sources}, ingested on first use. */
  private static synchronized Path ingested(String... sources) {
    return STORES.computeIfAbsent(List.of(sources), TestStores::ingest);
  }

  private static Path ingest(List<String> sources) {
    try {
      Path db = Files.createTempDirectory("depesche-test").resolve("test.duckdb");
      List<String> args = new ArrayList<>(List.of("ingest"));
      args.addAll(sources);
      args.addAll(List.of("--db", db.toString()));
      assertThat(Main.run(args.toArray(String[]::new))).isZero();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
