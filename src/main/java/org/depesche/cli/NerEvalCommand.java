package org.depesche.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.actor.ActorLexicon;
import org.depesche.eval.DictionaryEffect;
import org.depesche.eval.GermEvalReader;
import org.depesche.eval.GermEvalSentence;
import org.depesche.eval.GermEvalTagger;
import org.depesche.eval.NerScorer;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code depesche eval-ner}: how well names of people, places and organisations are found, by CoreNLP's German
 * NER alone and with Depesche's actor dictionaries added, on a GermEval 2014 file.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
    description = "Scores name recognition (PER, LOC, ORG) on a GermEval 2014 NER file: CoreNLP alone and "
        + "with Depesche's actor dictionaries.")
final class NerEvalCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "A GermEval 2014 .tsv file.")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N sentences.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--threads", description = "Annotator calls at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N", description = "Sentences per annotator call (default: 50).")
  int batch = 50;

  @Option(names = "--verbose", description = "Show where the dictionaries change CoreNLP's answer, with examples.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || threads < 1 || batch < 1) {
      throw new UsageException("--limit, --threads and --batch must be at least 1");
    }
    List<GermEvalSentence> all = GermEvalReader.read(data);
    List<GermEvalSentence> sentences = all.subList(0, Math.min(limit, all.size()));
    NerScorer scorer = new NerScorer(ActorLexicon.german(), NerScorer.standardTypes());
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.german();
    long t1 = System.nanoTime();
    List<List<Token>> tokens = new GermEvalTagger(annotator, batch, threads).tag(sentences);
    NerScorer.Score corenlp = NerScorer.Score.NONE;
    NerScorer.Score depesche = NerScorer.Score.NONE;
    DictionaryEffect effect = new DictionaryEffect();
    for (int i = 0; i < sentences.size(); i++) {
      GermEvalSentence s = sentences.get(i);
      List<NerScorer.Span> gold = NerScorer.gold(s);
      List<NerScorer.Span> ner = NerScorer.corenlp(s, tokens.get(i));
      List<NerScorer.Span> both = scorer.depesche(s, tokens.get(i));
      corenlp = corenlp.plus(NerScorer.score(gold, ner));
      depesche = depesche.plus(NerScorer.score(gold, both));
      effect.add(s, gold, ner, both, scorer.dictionary(s, tokens.get(i)));
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf("%s: %d sentences, %d threads, %d sentences per annotator call%n", data.getFileName(),
        sentences.size(), threads, batch);
    System.out.printf("CoreNLP loaded in %.1f s; tagged and scored in %.1f s: %.1f sentences/s%n%n",
        (t1 - t0) / 1e9, seconds, sentences.size() / seconds);
    System.out.println("system    type   gold  found  right  precision  recall     F1");
    print("corenlp", corenlp);
    print("depesche", depesche);
    if (verbose) {
      System.out.println();
      effect.print(System.out);
    }
    return 0;
  }

  private static void print(String system, NerScorer.Score score) {
    for (String type : NerScorer.TYPES) {
      row(system, type, score.of(type));
    }
    row(system, "all", score.overall());
  }

  private static void row(String system, String type, NerScorer.Counts c) {
    System.out.printf("%-8s  %-4s  %5d  %5d  %5d  %9.3f  %6.3f  %5.3f%n", system, type, c.gold(), c.predicted(),
        c.correct(), c.precision(), c.recall(), c.f1());
  }
}
