package org.depesche.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.depesche.actor.ActorFinder;
import org.depesche.actor.ActorLexicon;
import org.depesche.actor.QuoteFinder;
import org.depesche.article.Article;
import org.depesche.event.AmountFinder;
import org.depesche.event.CameoOntology;
import org.depesche.event.CodingPolicy;
import org.depesche.event.EventCoder;
import org.depesche.event.ModalityDetector;
import org.depesche.event.PatternBook;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Token;
import org.depesche.place.Locator;
import org.depesche.place.PlaceFinder;
import org.depesche.time.DateFinder;
import org.depesche.time.DateResolver;

/**
 * The stages every language codes an article with, in order: annotate (parsing only sentences that may hold an
 * event), find actors, code events, qualify, resolve dates, locate, merge. A {@link Language} gives its files, its
 * patterns and its date finder; the chain is the same for all.
 */
final class CodingChain {
  private CodingChain() {}

  static Stage<Article, CodedArticle> of(LanguageFiles files, LinguisticAnnotator annotator, ActorLexicon lexicon,
      CameoOntology ontology, PatternBook patterns, DateFinder dates) {
    ActorFinder actors = new ActorFinder(lexicon, files);
    Predicate<List<Token>> worthParsing =
        tokens -> tokens.stream().anyMatch(patterns::mayTrigger) && actors.mayNameActor(tokens);
    return new Annotate(annotator, worthParsing)
        .then(new FindActors(actors, QuoteFinder.of(files)))
        .then(new CodeEvents(new EventCoder(patterns, ontology, CodingPolicy.standard(), files)))
        .then(new Qualify(ModalityDetector.of(files), AmountFinder.of(files)))
        .then(new ResolveDates(new DateResolver(dates)))
        .then(new LocateEvents(new Locator(PlaceFinder.of(lexicon.places(), files))))
        .then(new MergeDuplicates());
  }
}
