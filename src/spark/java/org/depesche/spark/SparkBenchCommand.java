package org.depesche.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.ingest.ArticleCursor;
import org.depesche.ingest.FileArticles;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depesche bench-spark CORPUS.jsonl}: articles per second of the Spark job in local mode on 1 and 2 cores,
 * beside the pipeline's own {@code codeAll} (what {@code depesche code} runs) on the same articles and threads, with
 * the models loaded beforehand, so that the ratios are Spark's overhead and scaling; and from them, what a cluster
 * would take.
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
    description = "Measures the Spark job in local mode on 1 and 2 cores beside depesche code on the same corpus.")
public final class SparkBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS", description = "A JSON Lines corpus.")
  Path corpus;

  @Option(names = "--limit", description = "Use only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--runs", description = "Timed runs of each; the median is reported (default: 3).")
  int runs = 3;

  @Option(names = "--cores", split = ",", description = "Core counts to measure (default: 1,2).")
  List<Integer> cores = List.of(1, 2);

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("depesche-bench-spark");
    try {
      return bench(dir);
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private int bench(Path dir) throws Exception {
    List<String> lines = Files.readAllLines(corpus).stream().filter(l -> !l.isBlank()).limit(limit).toList();
    Path head = Files.write(dir.resolve("corpus.jsonl"), lines);
    JobOptions options = new JobOptions("de", null);
    List<Article> articles = new ArrayList<>();
    try (ArticleCursor c = new FileArticles(ArticleCleaner.standard()).open("corpus.jsonl", head.toString(),
        () -> Files.newInputStream(head), p -> { })) {
      c.forEachRemaining(a -> articles.add(options.withDefaults(a)));
    }
    Pipeline pipeline = Models.pipeline("de"); // loaded once: neither measurement pays for it
    System.out.printf("corpus: %d articles of %s, %d timed runs each (median)%n", articles.size(), corpus, runs);
    double[] code = new double[cores.size()];
    double[] spark = new double[cores.size()];
    for (int i = 0; i < cores.size(); i++) {
      int n = cores.get(i);
      code[i] = median(() -> pipeline.codeAll(articles, n, (a, e) -> { }), articles.size());
      SparkSession session = SparkSession.builder().config(new SparkConf().setAppName("depesche-bench")
          .setMaster("local[" + n + "]").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
          .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")).getOrCreate();
      try {
        String out = dir.resolve("out").toString();
        spark[i] = median(() -> CodingJob.run(session, List.of(head.toString()), out, options), articles.size());
      } finally {
        session.stop();
      }
      System.out.printf("%d core(s): depesche code %.2f articles/s, spark %.2f articles/s, spark/code %.2f%n", n,
          code[i], spark[i], spark[i] / code[i]);
    }
    if (cores.size() >= 2) {
      int last = cores.size() - 1;
      System.out.printf("scaling %d -> %d cores: spark %.2f, code %.2f%n", cores.get(0), cores.get(last),
          spark[last] / spark[0], code[last] / code[0]);
      double perCore = spark[last] / cores.get(last);
      double hours = 50e6 / (perCore * 20 * 16) / 3600;
      System.out.printf("50 million articles on 20 nodes x 16 cores at %.2f articles/s per core: %.1f hours "
          + "(%.0f articles/s), if a node's cores scale as these did%n", perCore, hours, perCore * 320);
    }
    return 0;
  }

  private double median(Runnable work, int n) {
    List<Double> rates = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      rates.add(n / ((System.nanoTime() - t0) / 1e9));
    }
    rates.sort(Comparator.naturalOrder());
    return rates.get(rates.size() / 2);
  }
}
