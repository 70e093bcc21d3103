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
    return CodingChain.of(files, annotator, lexicon, ontology, patterns, EnglishDateFinder.of(files));
  }
}
