package org.depesche.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.depesche.actor.ActorLexicon;
import org.depesche.article.Article;
import org.depesche.nlp.LinguisticAnnotator;

/**
 * Article in, events out: runs the stages of a {@link Language} (for German: annotate, find actors and quotations,
 * code events, qualify them by modality and amount, resolve their dates, merge copies).
 *
 * <p>A pipeline holds only immutable, thread-safe resources (models, dictionaries, patterns): build it once and
 * call {@link #code} from any number of threads.
 */
public final class Pipeline {
  private final Language language;
  private final Stage<Article, CodedArticle> chain;

  private Pipeline(Language language, Stage<Article, CodedArticle> chain) {
    this.language = language;
    this.chain = chain;
  }

  /**
   * The pipeline of a language with its bundled models and data, and users' actor files ({@code --actors}) added
   * to its dictionaries. The actor files are read first, so that a bad one fails before the models load.
   */
  public static Pipeline of(Language language, List<Path> actorFiles) {
    ActorLexicon lexicon = language.lexicon(actorFiles);
    return new Pipeline(language, language.stages(language.annotator(), lexicon));
  }

  /** The pipeline of a language over another annotator (a test's, or one already loaded). */
  public static Pipeline of(Language language, LinguisticAnnotator annotator) {
    return new Pipeline(language, language.stages(annotator, language.lexicon(List.of())));
  }

  /**
   * A pipeline that codes each article in its language ({@code --lang auto}): the language the article names, else
   * the detected one; each language's models load with its first article. Its {@link #language()} is null.
   */
  public static Pipeline auto(List<Path> actorFiles) {
    for (Path f : actorFiles) {
      new German().lexicon(List.of(f)); // a bad actor file fails before any article is read, as with one language
    }
    return new Pipeline(null, new LanguageRouter(actorFiles, org.depesche.article.LanguageGuess.standard()));
  }

  /** The German pipeline with the bundled models and data (loads CoreNLP: 10-15 s). */
  public static Pipeline german() {
    return of(new German(), List.of());
  }

  /** The language this pipeline codes, or null where it codes each article in its own ({@link #auto}). */
  public Language language() {
    return language;
  }

  /** Codes one article. */
  public CodedArticle code(Article article) {
    return chain.apply(article);
  }

  /**
   * Codes many articles on {@code threads} threads, results in input order. An article whose coding fails is
   * reported to {@code failed} and left out; the others are still coded.
   */
  public List<CodedArticle> codeAll(List<Article> articles, int threads,
      BiConsumer<Article, Exception> failed) {
    List<CodedArticle> out = new ArrayList<>();
    codeEach(articles, threads, failed, out::add);
    return out;
  }

  /**
   * Codes many articles on {@code threads} threads and hands each result to {@code done} on the calling thread, in
   * input order, as soon as it and those before it are coded: the caller can store one article while the workers
   * code the next ones.
   */
  public void codeEach(List<Article> articles, int threads, BiConsumer<Article, Exception> failed,
      Consumer<CodedArticle> done) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<CodedArticle>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> code(a)));
      }
      for (int i = 0; i < futures.size(); i++) {
        CodedArticle coded;
        try {
          coded = futures.get(i).get();
          futures.set(i, null); // let the result go once handed on
        } catch (ExecutionException e) {
          failed.accept(articles.get(i), e.getCause() instanceof Exception ex ? ex : e);
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        done.accept(coded);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
