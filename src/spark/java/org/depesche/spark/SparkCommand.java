package org.depesche.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depesche spark INPUT... --out DIR}: runs the {@link CodingJob} on this machine in Spark's local mode, or,
 * started by {@code spark-submit} through {@link SparkMain}, on the cluster that launched it.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Codes JSON Lines, text, HTML and WARC files from any path Spark reads into Parquet (events by "
        + "month and language, articles, errors), with Spark.")
public final class SparkCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, folders or globs: local paths, hdfs://, s3a:// where the cluster has the connector.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder: events/, articles/ and errors/ in Parquet (replaced if present).")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: the one spark-submit sets, else local[*]).")
  String master;

  @Option(names = "--lang", paramLabel = "de", description = "Language coded (default: de).")
  String lang = "de";

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none.")
  LocalDate published;

  @Override
  public Integer call() {
    org.depesche.pipeline.Language.forCode(lang); // an unknown language fails here, not in every task
    SparkSession spark = session();
    try {
      long t0 = System.nanoTime();
      CodingJob.Summary s = CodingJob.run(spark, inputs, out, new JobOptions(lang, published));
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.err.printf("depesche: %d articles, %d events, %d errors in %.1f s (%.1f articles/s on %d cores, "
              + "models loaded included); Parquet in %s%n", s.articles(), s.events(), s.errors(), seconds,
          s.articles() / seconds, spark.sparkContext().defaultParallelism(), out);
      return s.errors() == 0 ? 0 : 3;
    } finally {
      spark.stop();
    }
  }

  private SparkSession session() {
    SparkConf conf = new SparkConf().setAppName("depesche").set("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // one JVM on this machine: no web UI, no port on the network
      conf.set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1");
      if (Files.isDirectory(Path.of(out)) && !Files.isDirectory(Path.of(out, "events"))
          && !Files.isDirectory(Path.of(out, "errors"))) {
        throw new IllegalArgumentException(out + " is a folder of something else; name a new or earlier --out");
      }
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
