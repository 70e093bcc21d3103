package org.depesche.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.article.Problem;
import org.depesche.ingest.ArticleCursor;
import org.depesche.ingest.Ingestor;
import org.depesche.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Codes articles into the event store with an {@link Ingestor}: articles already stored are skipped, so a second
 * run over the same corpus adds nothing and a run killed in the middle is completed by the next. The sources are read
 * as they are coded, so a WARC archive or JSON Lines corpus of any size is ingested in bounded memory.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Codes files, folders, JSON Lines, HTML, WARC archives, RSS/Atom feeds and article URLs into the "
        + "event store.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, feed or article URLs.")
  List<String> sources;

  @Mixin
  InputOptions options;

  @Mixin
  StoreOption store;

  @Option(names = "--errors", paramLabel = "FILE", description = "List the bad records here (TSV: where, message).")
  Path errors;

  @Override
  public Integer call() throws IOException {
    IngestReport report = new IngestReport(true);
    try (EventStore db = EventStore.open(store.db); ArticleCursor articles = options.open(sources, report::problem)) {
      Ingestor.Result result = new Ingestor(db, options::pipeline, options.threads).ingest(articles, report);
      report.summary(result, db.counts());
    }
    writeErrors(report.problems());
    return report.problems().isEmpty() ? 0 : 3;
  }

  private void writeErrors(List<Problem> problems) throws IOException {
    if (errors == null) {
      return;
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
      for (Problem p : problems) {
        out.println(p.where().replace('\t', ' ') + "\t" + p.message().replace('\t', ' ').replace('\n', ' '));
      }
    }
  }
}
