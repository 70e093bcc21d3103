package org.depesche.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.ActorCount;
import org.depesche.store.EventStore;
import org.depesche.store.Stats;
import org.depesche.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the store holds: real-world events by month, by CAMEO root and by dyad, and the most active actors. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts stored events (each real-world event once) by month, root and dyad, and the top actors.")
final class StatsCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--top", description = "How many dyads and actors to list (default: 10).")
  int top = 10;

  @Override
  public Integer call() throws Exception {
    store.existing();
    if (top < 1 || top > 1000) {
      throw new UsageException("--top takes 1 to 1000, not " + top);
    }
    try (EventStore db = EventStore.openReadOnly(store.db);
         PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      Stats s = new StoreReader(db).stats(top);
      out.printf("%d articles, %d events (mentions), %d real-world events (clusters)%n", s.counts().articles(),
          s.counts().events(), s.counts().clusters());
      section(out, "by month", Stats.Month.class, s.byMonth());
      section(out, "by root", Stats.Root.class, s.byRoot());
      section(out, "top dyads", Stats.DyadCount.class, s.topDyads());
      section(out, "top actors", ActorCount.class, s.topActors());
    }
    return 0;
  }

  private static <R extends Record> void section(PrintWriter out, String title, Class<R> type, List<R> rows) {
    out.println();
    out.println(title);
    TableWriter.aligned(type, rows, out);
  }
}
