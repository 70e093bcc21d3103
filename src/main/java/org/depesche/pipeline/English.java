package org.depesche.pipeline;

import java.nio.file.Path;
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
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Token;
import org.depesche.place.Locator;
import org.depesche.place.PlaceFinder;
import org.depesche.time.DateResolver;
import org.depesche.time.EnglishDateFinder;

/**
 * English: CoreNLP's English models, the English data files (patterns and actors converted from PETRARCH2's
 * dictionaries by {@code tools/make-english-data.py}, with hand-written patterns read before them), and the same
 * stages as {@link German}.
 */
public final class English implements Language {
  private final LanguageFiles files = LanguageFiles.of("en");

  @Override
  public String code() {
    return "en";
  }

  @Override
  public ActorLexicon lexicon(List<Path> userFiles) {
    return ActorLexicon.of(files, userFiles);
  }

  @Override
  public LinguisticAnnotator annotator() {
    return CoreNlpAnnotator.english();
  }

  @Override
  public Stage<Article, CodedArticle> stages(LinguisticAnnotator annotator, ActorLexicon lexicon) {
    CameoOntology ontology = CameoOntology.standard();
    // The hand-written patterns first: they widen or correct PETRARCH2's where those are too narrow or wrong.
    PatternBook patterns = PatternBook.of(files, ontology, "patterns", "patterns-petrarch");
    ActorFinder actors = new ActorFinder(lexicon, files);
    Predicate<List<Token>> worthParsing =
        tokens -> tokens.stream().anyMatch(patterns::mayTrigger) && actors.mayNameActor(tokens);
    return new Annotate(annotator, worthParsing)
        .then(new FindActors(actors, QuoteFinder.of(files)))
        .then(new CodeEvents(new EventCoder(patterns, ontology, CodingPolicy.standard(), files)))
        .then(new Qualify(ModalityDetector.of(files), AmountFinder.of(files)))
        .then(new ResolveDates(new DateResolver(EnglishDateFinder.of(files))))
        .then(new LocateEvents(new Locator(PlaceFinder.of(lexicon.places(), files))))
        .then(new MergeDuplicates());
  }
}
