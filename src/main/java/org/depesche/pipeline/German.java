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
import org.depesche.event.EventCoder;
import org.depesche.event.ModalityDetector;
import org.depesche.event.PatternBook;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Token;
import org.depesche.time.DateResolver;
import org.depesche.time.GermanDateFinder;

/** German: CoreNLP's German models, the German data files, and the stages that code a German article. */
public final class German implements Language {
  @Override
  public String code() {
    return "de";
  }

  @Override
  public ActorLexicon lexicon(List<Path> userFiles) {
    return ActorLexicon.german(userFiles);
  }

  @Override
  public LinguisticAnnotator annotator() {
    return CoreNlpAnnotator.german();
  }

  @Override
  public Stage<Article, CodedArticle> stages(LinguisticAnnotator annotator, ActorLexicon lexicon) {
    CameoOntology ontology = CameoOntology.standard();
    PatternBook patterns = PatternBook.german(ontology);
    ActorFinder actors = new ActorFinder(lexicon);
    Predicate<List<Token>> worthParsing =
        tokens -> tokens.stream().anyMatch(patterns::mayTrigger) && actors.mayNameActor(tokens);
    return new Annotate(annotator, worthParsing)
        .then(new FindActors(actors, QuoteFinder.german()))
        .then(new CodeEvents(new EventCoder(patterns, ontology)))
        .then(new Qualify(ModalityDetector.german(), AmountFinder.german()))
        .then(new ResolveDates(new DateResolver(GermanDateFinder.german())))
        .then(new MergeDuplicates());
  }
}
