package org.depesche.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.EventStore;
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
      throw new IllegalArgumentException("--top takes 1 to 1000, not " + top);
    }
    try (EventStore db = EventStore.open(store.db);
         PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      StoreReader r = new StoreReader(db);
      EventStore.Counts n = db.counts();
      out.printf("%d articles, %d events (mentions), %d real-world events (clusters)%n", n.articles(), n.events(),
          n.clusters());
      // only events dated to the month or day: a year alone would pile up in January
      section(out, "by month", r.table("SELECT strftime(c.event_day, '%Y-%m') AS month, count(*) AS events, "
          + "sum(c.mentions) AS mentions FROM clusters c JOIN events e ON e.id = c.representative "
          + "WHERE c.event_day IS NOT NULL AND e.date_precision IN ('day', 'month') GROUP BY month ORDER BY month",
          List.of()));
      section(out, "by root", r.table("SELECT root, count(*) AS events, sum(mentions) AS mentions FROM clusters "
          + "GROUP BY root ORDER BY root", List.of()));
      section(out, "top dyads", r.table("SELECT source_key AS source, target_key AS target, count(*) AS events "
          + "FROM clusters WHERE source_key IS NOT NULL AND target_key IS NOT NULL AND source_key <> target_key "
          + "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?", List.of(top)));
      section(out, "top actors", r.table("SELECT key, name, events FROM actors ORDER BY events DESC, key LIMIT ?",
          List.of(top)));
    }
    return 0;
  }

  private static void section(PrintWriter out, String title, StoreReader.Table t) {
    out.println();
    out.println(title);
    TableWriter.aligned(t, out);
  }
}
