package org.depesche.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.eval.ArvigReader;
import org.depesche.eval.ArvigRecord;
import org.depesche.eval.ArvigScorer;
import org.depesche.eval.GoldPart;
import org.depesche.eval.Scorer;
import org.depesche.event.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code depesche eval-arvig}: codes the ARVIG descriptions of attacks on refugees and their housing and prints,
 * per category, how many got an event of the right CAMEO root, the events per description and how many texts
 * name their place (issue 12).
 */
@Command(name = "eval-arvig", mixinStandardHelpOptions = true,
    description = "Scores event types on ARVIG descriptions (anti-refugee violence in Germany), per category.")
final class ArvigEvalCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "ARVIG descriptions (JSON Lines).")
  Path data;

  @Mixin
  InputOptions input;

  @Mixin
  ScoredPart scope;

  @Override
  public Integer call() throws IOException {
    GoldPart part = scope.checked("descriptions");
    List<Problem> problems = new ArrayList<>();
    List<ArvigRecord> records = ArvigReader.read(data, p -> {
      System.err.println("depesche: skipped " + p);
      problems.add(p);
    }).stream().filter(r -> part.contains(r.id())).toList();
    ArvigScorer scorer = ArvigScorer.standard();
    List<Article> articles = records.stream().map(r -> input.withDefaults(r.article())).toList();
    List<Event> events = input.events(articles);
    ArvigScorer.Result result = scorer.score(records, Scorer.byArticle(events));
    if (scope.verbose) {
      printMisses("MISSED", result.missed());
      printMisses("UNLOCATED", result.unlocated());
      printMisses("MISPLACED", result.misplaced());
    }
    System.out.printf("%s, part %s: %d descriptions%n", data.getFileName(), scope.label(), records.size());
    System.out.println("category              roots     descriptions  right root  share  events  per description"
        + "  place named  located  misplaced");
    result.categories().forEach(ArvigEvalCommand::printRow);
    printRow(result.scored("scored together"));
    printRow(result.all("all"));
    System.out.println("located: of the descriptions naming their place, those with an event located within "
        + (int) ArvigScorer.LOCATION_KM + " km of the record's coordinates; misplaced: of the others, those with an"
        + " event located farther away");
    return problems.isEmpty() ? 0 : 1;
  }

  private static void printRow(ArvigScorer.Category c) {
    String right = c.scored() ? String.format("%10s  %5.3f", c.right() + "/" + c.descriptions(), c.share())
        : String.format("%10s  %5s", "-", "-");
    System.out.printf("%-20s  %-8s  %12d  %s  %6d  %15.2f  %11s  %7s  %9d%n", c.name(),
        c.scored() ? String.join(",", c.roots()) : "-", c.descriptions(), right, c.events(),
        c.eventsPerDescription(), c.placeNamed() + "/" + c.descriptions(),
        c.placeNamed() == 0 ? "-" : String.format("%.3f", c.locatedShare()), c.misplaced());
  }

  private static void printMisses(String label, List<ArvigScorer.Miss> misses) {
    for (ArvigScorer.Miss m : misses) {
      System.out.printf(label + " %s %s @%s | %s%n", m.record().id(), m.record().category(), m.record().location(),
          m.record().text());
      for (Event e : m.events()) {
        System.out.printf("  found %s %s -> %s @%s | %s%n", e.type().cameo(), e.source().code(),
            e.target() == null ? "-" : e.target().code(), e.location() == null ? "-" : e.location().name(),
            e.evidence());
      }
      if (m.events().isEmpty()) {
        System.out.println("  found no event");
      }
    }
    System.out.println();
  }
}
