package org.depesche.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.depesche.actor.ActorLexicon;
import org.depesche.article.Article;
import org.depesche.event.CameoOntology;
import org.depesche.event.PatternBook;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.CoreNlpAnnotator;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.time.GermanDateFinder;

/** German: CoreNLP's German models, the German data files, and the stages that code a German article. */
public final class German implements Language {
  private final LanguageFiles files = LanguageFiles.german();

  @Override
  public String code() {
    return "de";
  }

  @Override
  public ActorLexicon lexicon(List<Path> userFiles) {
    return ActorLexicon.of(files, userFiles);
  }

  @Override
  public LinguisticAnnotator annotator() {
    return CoreNlpAnnotator.german();
  }

  @Override
  public Stage<Article, CodedArticle> stages(LinguisticAnnotator annotator, ActorLexicon lexicon) {
    CameoOntology ontology = CameoOntology.standard();
    PatternBook patterns = PatternBook.of(files, ontology);
    return CodingChain.of(files, annotator, lexicon, ontology, patterns, GermanDateFinder.of(files));
  }
}
