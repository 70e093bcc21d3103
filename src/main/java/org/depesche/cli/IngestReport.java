package org.depesche.cli;

import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.depesche.article.Problem;
import org.depesche.ingest.Ingestor;
import org.depesche.store.EventStore;

/**
 * Tells the user how an ingest goes, on standard error: each problem as it is found, reading or coding; progress,
 * as a bar with articles per second and time left on a terminal and elsewhere as a line every ten articles (which
 * logs and the crash test read); and a summary line at the end.
 */
final class IngestReport implements Ingestor.Listener {
  private final boolean progress;
  private final List<Problem> problems = new ArrayList<>();
  private ProgressBar bar;

  /** @param progress whether to show progress, or only problems */
  IngestReport(boolean progress) {
    this.progress = progress;
  }

  @Override
  public void problem(Problem p) {
    System.err.println("depesche: skipped " + p);
    problems.add(p);
  }

  /** Every problem reported so far. */
  List<Problem> problems() {
    return problems;
  }

  @Override
  public void started(int total) {
    if (progress && System.console() != null && total != 0) {
      // an unknown total (sources read as they are coded) gives a bar with the count and speed but no end
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total == Ingestor.UNKNOWN ? -1 : total).setStyle(ProgressBarStyle.ASCII)
          .setUnit(" articles", 1).showSpeed().build();
    }
  }

  @Override
  public void stored(int done, int total) {
    if (bar != null) {
      bar.step();
    } else if (progress && total == Ingestor.UNKNOWN && done % 10 == 0) {
      System.err.printf("depesche: %d articles stored%n", done);
    } else if (progress && total != Ingestor.UNKNOWN && (done % 10 == 0 || done == total)) {
      System.err.printf("depesche: %d of %d articles stored%n", done, total);
    }
  }

  @Override
  public void finished() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  /** The summary line: what this ingest did, with every problem reported, and what the store holds now. */
  void summary(Ingestor.Result r, EventStore.Counts total) {
    System.err.printf("depesche: %d articles stored, %d already there, %d problems; %d events; store now %d "
            + "articles, %d events, %d clusters (%.1f articles/s once the models were loaded)%n", r.stored(),
        r.skipped(), problems.size(), r.events(), total.articles(), total.events(), total.clusters(), r.rate());
  }
}
