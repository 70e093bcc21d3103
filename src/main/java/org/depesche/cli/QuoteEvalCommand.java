package org.depesche.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.eval.QuoteGold;
import org.depesche.eval.QuoteScorer;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code depesche eval-quotes}: finds the quotations of the annotated German Wikinews articles and prints
 * precision and recall of quotations and of (quotation, speaker) pairs.
 */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
    description = "Scores quotation attribution against the annotated German Wikinews corpus.")
final class QuoteEvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "annotations.jsonl",
      description = "The corpus's annotations (de_wikinews_quotation_attribution/annotations.jsonl).")
  Path gold;

  @Option(names = "--split", paramLabel = "train|dev|test|all", description = "Which part to score (default: all).")
  String split = "all";

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--verbose", description = "List every annotated quotation whose speaker was missed.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    List<QuoteGold> articles = QuoteGold.read(gold).stream()
        .filter(g -> split.equals("all") || g.split().equals(split)).toList();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + gold + " for split '" + split + "'");
    }
    List<CodedArticle> coded = Pipeline.german().codeAll(articles.stream().map(QuoteGold::article).toList(),
        threads, (a, e) -> System.err.println("depesche: coding " + a.id() + " failed: " + e));
    QuoteScorer scorer = new QuoteScorer();
    for (int i = 0, c = 0; i < articles.size() && c < coded.size(); i++) {
      if (coded.get(c).article().id().equals(articles.get(i).article().id())) {
        scorer.add(articles.get(i), coded.get(c).quotes(), articles.get(i).article().title().length() + 1);
        c++;
      }
    }
    if (verbose) {
      for (QuoteScorer.Miss m : scorer.misses()) {
        System.out.printf("MISSED %s %s [%s] gold: %s | found: %s%n", m.doc(), m.type(), m.quote(), m.goldSpeaker(),
            m.foundSpeaker());
      }
    }
    System.out.println("type                  gold  quotes found  pairs right  pair recall");
    for (String type : scorer.types()) {
      QuoteScorer.Counts t = scorer.byType().get(type);
      System.out.printf("%-20s %5d  %12d  %11d  %11.3f%n", type, t.gold(), t.quoteMatched(), t.pairRight(),
          t.pairRecall());
    }
    QuoteScorer.Counts all = scorer.total();
    System.out.printf("articles %d  annotated quotations %d (%d with a speaker)  found %d (%d with a speaker)%n",
        coded.size(), all.gold(), all.goldWithSpeaker(), all.found(), all.foundWithSpeaker());
    System.out.printf("quotations  precision %.3f  recall %.3f%n", all.quotePrecision(), all.quoteRecall());
    System.out.printf("(quotation, speaker) pairs  precision %.3f  recall %.3f  F1 %.3f%n", all.pairPrecision(),
        all.pairRecall(), all.pairF1());
    return 0;
  }
}
