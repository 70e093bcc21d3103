package org.depesche.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.InvalidInputException;
import org.depesche.article.JsonLinesArticles;
import org.depesche.article.Problem;
import org.depesche.article.TextDecoder;
import org.depesche.ingest.ArticleCursor;
import org.depesche.ingest.FileArticles;
import scala.Tuple2;

/**
 * Codes a corpus with Spark into three Parquet tables under one folder: {@code events} (partitioned by
 * {@code event_month} and {@code lang}), {@code articles} and {@code errors} ({@link Tables}). JSON Lines are split
 * by lines across tasks, so one large corpus file keeps every core busy; every other file (a WARC archive, a text or
 * HTML article) is read whole by one task, record by record. A record that cannot be read or coded becomes an
 * error row and the job goes on. The same input gives the same rows: ids come from the articles' content, and the
 * folder is overwritten.
 */
final class CodingJob {
  /** What one run wrote. */
  record Summary(long articles, long events, long errors) {}

  private CodingJob() {}

  static Summary run(SparkSession spark, List<String> inputs, String out, JobOptions options) {
    spark.conf().set(Tables.JAVA_TIME, "true");
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    List<Outcome> listing = new ArrayList<>();
    List<FileStatus> lines = new ArrayList<>();
    List<FileStatus> files = new ArrayList<>();
    for (String input : inputs) {
      for (FileStatus f : list(input, conf, listing)) {
        String name = f.getPath().getName().toLowerCase(Locale.ROOT);
        (name.matches(".*\\.(jsonl|ndjson)(\\.gz)?") ? lines : files).add(f);
      }
    }
    int slices = Math.max(1, sc.defaultParallelism() * 4);
    JavaRDD<Outcome> outcomes = sc.parallelize(listing, 1);
    if (!lines.isEmpty()) {
      outcomes = outcomes.union(jsonLines(sc, lines, slices, options));
    }
    if (!files.isEmpty()) {
      outcomes = outcomes.union(wholeFiles(sc, files, slices, options));
    }
    outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(spark, outcomes, Outcome.EVENTS, Tables.EVENTS, out, "event_month", "lang");
      write(spark, outcomes, Outcome.ARTICLES, Tables.ARTICLES, out, "lang");
      write(spark, outcomes, Outcome.ERRORS, Tables.ERRORS, out);
      return new Summary(count(outcomes, Outcome.ARTICLES), count(outcomes, Outcome.EVENTS),
          count(outcomes, Outcome.ERRORS));
    } finally {
      outcomes.unpersist(false);
    }
  }

  /** The files an input names: a file, a folder (recursively; hidden, {@code _} and {@code .md} files left out), a glob. */
  private static List<FileStatus> list(String input, Configuration conf, List<Outcome> problems) {
    List<FileStatus> out = new ArrayList<>();
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        problems.add(error(new Problem(input, "no such file"), "read"));
        return out;
      }
      for (FileStatus m : matched) {
        if (!m.isDirectory()) {
          out.add(m);
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String name = f.getPath().getName();
          if (!name.startsWith(".") && !name.startsWith("_") && !name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            out.add(f);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(error(new Problem(input, "cannot list: " + e.getMessage()), "read"));
    }
    out.sort(null);
    return out;
  }

  /** JSON Lines, split into about {@code slices} parts by bytes; a bad line is reported as {@code file@byte}. */
  @SuppressWarnings("unchecked")
  private static JavaRDD<Outcome> jsonLines(JavaSparkContext sc, List<FileStatus> files, int slices,
      JobOptions options) {
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    long total = files.stream().mapToLong(FileStatus::getLen).sum();
    conf.setLong("mapreduce.input.fileinputformat.split.maxsize", Math.max(64 * 1024, total / slices + 1));
    String paths = String.join(",", files.stream().map(f -> f.getPath().toString()).toList());
    JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>)
        sc.newAPIHadoopFile(paths, TextInputFormat.class, LongWritable.class, Text.class, conf);
    return rdd.mapPartitionsWithInputSplit((split, records) -> {
      String file = ((FileSplit) split).getPath().toString();
      return stream(records).flatMap(r -> line(file, r, options).stream()).iterator();
    }, false);
  }

  private static List<Outcome> line(String file, Tuple2<LongWritable, Text> record, JobOptions options) {
    Text text = record._2();
    if (text.getLength() == 0) {
      return List.of();
    }
    String where = file + "@" + record._1().get();
    try {
      byte[] bytes = java.util.Arrays.copyOf(text.getBytes(), text.getLength()); // the reader reuses its Text
      String line = TextDecoder.decode(bytes).strip();
      return line.isEmpty() ? List.of() : Coder.code(JsonLinesArticles.parseLine(line), options);
    } catch (InvalidInputException e) {
      return List.of(error(new Problem(where, e.getMessage()), "read"));
    }
  }

  /** Files read whole, each by one task: WARC archives record by record, others as one article each. */
  private static JavaRDD<Outcome> wholeFiles(JavaSparkContext sc, List<FileStatus> files, int slices,
      JobOptions options) {
    String paths = String.join(",", files.stream().map(f -> f.getPath().toString()).toList());
    return sc.binaryFiles(paths, Math.min(slices, files.size())).flatMap(f -> file(f, options));
  }

  private static Iterator<Outcome> file(Tuple2<String, PortableDataStream> file, JobOptions options) {
    String where = file._1();
    String name = where.substring(where.lastIndexOf('/') + 1);
    Deque<Problem> problems = new ArrayDeque<>();
    ArticleCursor cursor = new FileArticles(ArticleCleaner.standard())
        .open(name, where, () -> file._2().open(), problems::add);
    // problems come up while the cursor reads: each article's rows go out after those met before it
    Stream<Outcome> rows = stream(cursor).flatMap(a -> {
      List<Outcome> out = new ArrayList<>(drain(problems));
      out.addAll(Coder.code(a, options));
      return out.stream();
    });
    return Stream.concat(rows, Stream.of(0).flatMap(end -> {
      cursor.close(); // closes the stream it opened
      return drain(problems).stream();
    })).iterator();
  }

  private static List<Outcome> drain(Deque<Problem> problems) {
    List<Outcome> out = new ArrayList<>();
    while (!problems.isEmpty()) {
      out.add(error(problems.poll(), "read"));
    }
    return out;
  }

  private static Outcome error(Problem p, String stage) {
    return new Outcome(Outcome.ERRORS, Tables.error(p, stage));
  }

  private static void write(SparkSession spark, JavaRDD<Outcome> outcomes, String table, StructType schema,
      String out, String... partitions) {
    JavaRDD<org.apache.spark.sql.Row> rows = outcomes.filter(o -> o.table().equals(table)).map(Outcome::row);
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).partitionBy(partitions)
        .parquet(out + "/" + table);
  }

  private static long count(JavaRDD<Outcome> outcomes, String table) {
    return outcomes.filter(o -> o.table().equals(table)).count();
  }

  private static <T> Stream<T> stream(Iterator<T> it) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
  }
}
