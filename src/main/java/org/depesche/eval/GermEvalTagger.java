package org.depesche.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Tags GermEval sentences with an annotator, without parsing: several sentences per call, joined by blank
 * lines (the annotator breaks sentences at newlines, so no two GermEval sentences merge), and several calls at
 * once. Each sentence gets back its tokens with offsets into its own {@link GermEvalSentence#text()}.
 */
public final class GermEvalTagger {
  private static final String BETWEEN = "\n\n";

  private final LinguisticAnnotator annotator;
  private final int batchSize;
  private final int threads;

  /**
   * @param batchSize sentences per annotator call
   * @param threads   annotator calls running at once
   */
  public GermEvalTagger(LinguisticAnnotator annotator, int batchSize, int threads) {
    if (batchSize < 1 || threads < 1) {
      throw new IllegalArgumentException("batch size and threads must be at least 1");
    }
    this.annotator = annotator;
    this.batchSize = batchSize;
    this.threads = threads;
  }

  /** The tokens of each sentence, in the order of {@code sentences}. */
  public List<List<Token>> tag(List<GermEvalSentence> sentences) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<List<Token>>>> batches = new ArrayList<>();
      for (int from = 0; from < sentences.size(); from += batchSize) {
        List<GermEvalSentence> batch = sentences.subList(from, Math.min(from + batchSize, sentences.size()));
        batches.add(pool.submit(() -> tagBatch(batch)));
      }
      List<List<Token>> out = new ArrayList<>(sentences.size());
      for (Future<List<List<Token>>> b : batches) {
        out.addAll(b.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tagging", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<List<Token>> tagBatch(List<GermEvalSentence> batch) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[batch.size()];
    List<List<Token>> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      text.append(i == 0 ? "" : BETWEEN);
      starts[i] = text.length();
      text.append(batch.get(i).text());
      out.add(new ArrayList<>());
    }
    for (Sentence s : annotator.annotate(text.toString(), tokens -> false)) {
      for (Token t : s.tokens()) {
        int i = owner(starts, t.begin());
        int base = starts[i];
        if (t.end() - base > batch.get(i).text().length()) {
          throw new IllegalStateException("token '" + t.word() + "' runs past the sentence at line "
              + batch.get(i).line());
        }
        out.get(i).add(new Token(out.get(i).size(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin() - base,
            t.end() - base, t.head(), t.rel()));
      }
    }
    return out;
  }

  /** The sentence of the batch in which a token starting at {@code offset} lies. */
  private static int owner(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
