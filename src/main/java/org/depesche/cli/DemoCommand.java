package org.depesche.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.article.Article;
import org.depesche.ingest.Ingestor;
import org.depesche.store.EventStore;
import org.depesche.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The first thing to try: codes the bundled sample articles into a fresh store and serves the web UI over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Codes the bundled sample articles into a fresh store and serves the web UI, printing its URL.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", description = "The port (default: 7070; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--samples", paramLabel = "FOLDER", description = "The articles to code (default: samples).")
  Path samples = Path.of("samples");

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(samples)) {
      throw new IllegalArgumentException("no folder " + samples + " (run demo from the checkout, or give --samples)");
    }
    InputOptions options = new InputOptions(); // what ingest would read and code with, given no options
    IngestReport report = new IngestReport(true);
    List<Article> articles = options.read(List.of(samples.toString()), report::problem);
    Path db = Files.createTempDirectory("depesche-demo").resolve("demo.duckdb");
    try (EventStore store = EventStore.open(db)) {
      report.summary(new Ingestor(store, options::pipeline, options.threads).ingest(articles, report), store.counts());
      if (!report.problems().isEmpty()) {
        return 3; // as ingest: a sample that does not code is a broken checkout, not something to show
      }
      ServeCommand.serve(store, "the sample articles", "127.0.0.1", port, WebServer.Options.DEFAULT);
    }
    return 0;
  }
}
