package org.depesche.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.eval.GoldArticle;
import org.depesche.eval.GoldPart;
import org.depesche.eval.Scorer;
import org.depesche.event.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code depesche eval}: codes the gold articles and prints precision, recall, F1 and date accuracy. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the coder against a gold file (rules in CONTRACT.md).")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "The gold events.")
  Path gold;

  @Option(names = "--articles", required = true, paramLabel = "ARTICLES", description = "The articles (JSON Lines).")
  Path articles;

  @Mixin
  ScoredPart scope;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws IOException {
    GoldPart part = scope.checked("articles");
    List<GoldArticle> goldArticles = GoldArticle.read(gold).stream().filter(g -> part.contains(g.doc())).toList();
    Set<String> docs = goldArticles.stream().map(GoldArticle::doc).collect(Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    List<Article> all = input.read(List.of(articles.toString()), problems);
    List<Article> wanted = all.stream().filter(a -> docs.contains(a.id())).toList();
    if (wanted.size() < docs.size()) {
      System.err.printf("depesche: %d of %d gold articles are not in %s%n", docs.size() - wanted.size(),
          docs.size(), articles);
    }
    List<Event> events = input.events(wanted);
    Scorer.Result r = Scorer.score(goldArticles, Scorer.byArticle(events));
    if (scope.verbose) {
      for (Scorer.MissedEvent m : r.missed()) {
        System.out.printf("MISSED%s %s %s -> %s %s  %s | %s%n", m.pairFound() ? "" : "+PAIR", m.doc(), m.gold().src(), m.gold().tgt(),
            m.gold().roots(), m.gold().what(), m.gold().evidence());
      }
      for (Scorer.FalseEvent f : r.falseEvents()) {
        System.out.printf("FALSE  %s %s (%.2f) | %s%n", f.doc(), f.triple(), f.confidence(), f.evidence());
      }
      for (Scorer.DateMiss d : r.dateMisses()) {
        System.out.printf("DATE   %s gold %s, found %s  %s | %s%n", d.doc(), d.gold().date(), d.found(),
            d.gold().what(), d.gold().evidence());
      }
      for (Scorer.PlaceMiss p : r.placeMisses()) {
        System.out.printf("PLACE  %s gold %s, found %s  %s | %s%n", p.doc(), p.gold().place(), p.found(),
            p.gold().what(), p.gold().evidence());
      }
      System.out.println();
      // Whether the coder's confidence means what it says: the share right among events of each confidence.
      System.out.println("confidence  emitted  correct  precision");
      r.byConfidence().forEach((c, n) -> System.out.printf("%10.2f  %7d  %7d  %9.3f%n", c, n.emitted(),
          n.correct(), n.precision()));
      System.out.println();
    }
    System.out.println("root  required  found  emitted  correct");
    for (Map.Entry<String, Scorer.RootCounts> e : r.byRoot().entrySet()) {
      Scorer.RootCounts c = e.getValue();
      System.out.printf("%-4s  %8d  %5d  %7d  %7d%n", e.getKey(), c.required(), c.found(), c.emitted(), c.correct());
    }
    System.out.printf("articles %d  required %d  found %d  emitted %d  correct %d%n", wanted.size(), r.required(),
        r.found(), r.emitted(), r.correct());
    System.out.printf("precision %.3f  recall %.3f  F1 %.3f  date accuracy %.3f (%d/%d)%n", r.precision(),
        r.recall(), r.f1(), r.dateAccuracy(), r.datedRight(), r.dated());
    System.out.printf("actor pairs found %.3f (%d/%d required events, any event type)%n", r.pairShare(),
        r.pairFound(), r.required());
    if (r.placed() > 0) {
      System.out.printf("place accuracy %.3f (%d/%d found events with a gold place)%n", r.placeAccuracy(),
          r.placedRight(), r.placed());
    }
    return 0;
  }
}
