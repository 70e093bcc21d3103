package org.depesche.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.ingest.Ingestor;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.pipeline.Pipeline;
import org.depesche.place.Gazetteer;
import org.depesche.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code depesche bench}: codes a corpus several times and prints articles per second and peak heap, beside
 * CoreNLP's tokenize+ssplit+pos alone on the same text (the ceiling any coder on CoreNLP can reach).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures coding throughput and peak memory on a corpus.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--runs", description = "Timed runs after one warm-up (default: 3); the median is reported.")
  int runs = 3;

  @Option(names = "--limit", description = "Use only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--store", description = "Also ingest the corpus into a fresh store each run and compare.")
  boolean store;

  @Mixin
  ArticleArguments input;

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = input.read(problems);
    articles = articles.subList(0, Math.min(limit, articles.size()));
    System.out.printf("corpus: %d articles, %d threads, max heap %d MB%n", articles.size(), input.options.threads,
        Runtime.getRuntime().maxMemory() >> 20);
    benchGazetteer();
    HeapSampler heap = new HeapSampler().start();
    Pipeline pipeline = input.options.pipeline();
    List<Article> corpus = articles;
    double coded = median(() -> {
      int events = pipeline.codeAll(corpus, input.options.threads, (a, e) -> { }).stream()
          .mapToInt(c -> c.events().size()).sum();
      if (events == 0) {
        throw new IllegalStateException("no events coded: the benchmark would measure nothing");
      }
    }, articles.size());
    System.out.printf("depesche code:        %.1f articles/s (median of %d runs)%n", coded, runs);
    System.out.printf("peak heap while coding: %d MB (sampled every 20 ms)%n", heap.peakMb());
    if (store) {
      double ingested = median(() -> ingestIntoFreshStore(pipeline, corpus), articles.size());
      System.out.printf("depesche ingest:      %.1f articles/s (median of %d runs, a fresh store each)%n", ingested,
          runs);
      System.out.printf("ingest / code: %.2f%n", ingested / coded);
    }
    List<String> texts = corpus.stream().map(Article::analysedText).toList();
    double ceiling = median(() -> CoreNlpAnnotator.tagOnly(texts, input.options.threads), articles.size());
    System.out.printf("CoreNLP tokenize+ssplit+pos: %.1f articles/s (the ceiling)%n", ceiling);
    System.out.printf("ratio: %.2f of the ceiling%n", coded / ceiling);
    return 0;
  }

  /**
   * What loading the German gazetteer adds to start-up: the median time of {@code runs} loads after a warm-up, and
   * the heap it keeps (used heap after a collection, with and without it).
   */
  private void benchGazetteer() {
    LanguageFiles files = LanguageFiles.german();
    List<Double> millis = new ArrayList<>();
    Gazetteer kept = Gazetteer.of(files);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      kept = Gazetteer.of(files);
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    millis.sort(Double::compare);
    long with = usedAfterGc();
    int places = kept.places().size();
    kept = null;
    long without = usedAfterGc();
    System.out.printf("gazetteer: %d places, loaded in %.0f ms (median of %d runs), keeps %d MB of heap%n", places,
        millis.get(millis.size() / 2), runs, Math.max(0, with - without) >> 20);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** What {@code ingest} does after reading, into a fresh store each run. */
  private void ingestIntoFreshStore(Pipeline pipeline, List<Article> corpus) {
    try {
      Path dir = Files.createTempDirectory("depesche-bench");
      try (EventStore db = EventStore.open(dir.resolve("bench.duckdb"))) {
        Ingestor.Result r = new Ingestor(db, () -> pipeline, input.options.threads)
            .ingest(corpus, new Ingestor.Listener() { });
        if (r.stored() == 0) {
          throw new IllegalStateException("nothing stored: the benchmark would measure nothing");
        }
      } finally {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bench store: " + e.getMessage(), e);
    }
  }

  private double median(Runnable work, int n) {
    work.run();
    List<Double> rates = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      rates.add(n / ((System.nanoTime() - t0) / 1e9));
    }
    rates.sort(Double::compare);
    return rates.get(rates.size() / 2);
  }

  /** Samples the used heap every 20 ms on a daemon thread; summing the pools' own peaks would overstate it. */
  private static final class HeapSampler {
    private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

    HeapSampler start() {
      Thread t = new Thread(() -> {
        Runtime rt = Runtime.getRuntime();
        while (true) {
          peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      t.setDaemon(true);
      t.start();
      return this;
    }

    long peakMb() {
      return peak.get() >> 20;
    }
  }
}
