package org.depesche.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.depesche.actor.ActorFinder;
import org.depesche.actor.ActorLexicon;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteFinder;
import org.depesche.article.Article;
import org.depesche.event.AmountFinder;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.EventCoder;
import org.depesche.event.ModalityDetector;
import org.depesche.event.PatternBook;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;
import org.depesche.time.DateResolver;
import org.depesche.time.GermanDateFinder;

/**
 * Article in, events out. The chain is assembled here, in one place:
 * annotate → find actors and quotations → code events → resolve dates → modality and amounts → merge copies.
 *
 * <p>A pipeline holds only immutable, thread-safe resources (models, dictionaries, patterns): build it once and
 * call {@link #code} from any number of threads.
 */
public final class Pipeline {
  /** Roots whose events carry the sum of money named in their sentence (promises and deliveries of aid). */

  private final Stage<Article, CodedArticle> chain;

  private Pipeline(Stage<Article, CodedArticle> chain) {
    this.chain = chain;
  }

  /** The German pipeline with the bundled models and data (loads CoreNLP: 10-15 s). */
  public static Pipeline german() {
    return german(List.of());
  }

  /** The German pipeline with users' actor files ({@code --actors}) added to the bundled dictionaries. */
  public static Pipeline german(List<java.nio.file.Path> actorFiles) {
    ActorLexicon lexicon = ActorLexicon.german(actorFiles); // first: a bad user file fails before CoreNLP loads
    return german(CoreNlpAnnotator.german(), lexicon);
  }

  /** The German pipeline over another annotator. */
  public static Pipeline german(LinguisticAnnotator annotator) {
    return german(annotator, ActorLexicon.german());
  }

  private static Pipeline german(LinguisticAnnotator annotator, ActorLexicon lexicon) {
    CameoOntology ontology = CameoOntology.standard();
    PatternBook patterns = PatternBook.german(ontology);
    ActorFinder actorFinder = new ActorFinder(lexicon);
    QuoteFinder quoteFinder = QuoteFinder.german();
    EventCoder coder = new EventCoder(patterns, ontology);
    DateResolver dates = new DateResolver(GermanDateFinder.german());
    ModalityDetector modality = ModalityDetector.german();
    AmountFinder amounts = AmountFinder.german();
    Predicate<List<Token>> worthParsing =
        tokens -> tokens.stream().anyMatch(patterns::mayTrigger) && actorFinder.mayNameActor(tokens);

    Stage<Article, CodedArticle> annotate = a -> new CodedArticle(a,
        annotator.annotate(CodedArticle.analysedText(a), worthParsing), null, List.of(), List.of());
    Stage<CodedArticle, CodedArticle> findActors = c -> {
      ArticleActors found = actorFinder.find(c.sentences(), c.article().published());
      return new CodedArticle(c.article(), c.sentences(), found,
          quoteFinder.find(CodedArticle.analysedText(c.article()), c.sentences(), found), c.events());
    };
    Stage<CodedArticle, CodedArticle> codeEvents = c -> c.withEvents(
        coder.code(c.article(), c.sentences(), c.actors(), c.quotes()));
    Stage<CodedArticle, CodedArticle> resolveDates = c -> c.withEvents(dates.resolve(c.events(), c.sentences(),
        CodedArticle.analysedText(c.article()), c.article().published()));
    Stage<CodedArticle, CodedArticle> qualify = c -> c.withEvents(c.events().stream().map(e -> {
      Sentence s = c.sentences().get(e.sentence());
      Event out = e.withModality(modality.of(s, e.triggerAt()), modality.reported(s, e.triggerAt()));
      return out.withAmount(amounts.forEvent(s, e.triggerAt(), e.type().root()));
    }).toList());

    // Modality before dates: a plan's "am Freitag" is the coming Friday, a report's the last one.
    return new Pipeline(annotate.then(findActors).then(codeEvents).then(qualify).then(resolveDates)
        .then(new DuplicateMerger()));
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
      java.util.function.BiConsumer<Article, Exception> failed) {
    List<CodedArticle> out = new ArrayList<>();
    codeEach(articles, threads, failed, out::add);
    return out;
  }

  /**
   * Codes many articles on {@code threads} threads and hands each result to {@code done} on the calling thread, in
   * input order, as soon as it and those before it are coded: the caller can store one article while the workers
   * code the next ones.
   */
  public void codeEach(List<Article> articles, int threads, java.util.function.BiConsumer<Article, Exception> failed,
      java.util.function.Consumer<CodedArticle> done) {
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
