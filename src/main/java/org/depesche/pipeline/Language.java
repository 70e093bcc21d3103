package org.depesche.pipeline;

import java.util.List;
import org.depesche.actor.ActorLexicon;
import org.depesche.article.Article;
import org.depesche.nlp.LinguisticAnnotator;

/**
 * A language Depesche codes: its models, its data files and the stages that code an article in it, assembled in
 * one visible list. The {@link Pipeline} runs the list; nothing else knows which language it is.
 */
public interface Language {
  /** The languages Depesche codes, by ISO 639-1 code. */
  String CODED = "de, en";

  /** The language of an ISO 639-1 code; one Depesche does not code yet is refused with a message that says so. */
  static Language forCode(String code) {
    if ("de".equals(code)) {
      return new German();
    }
    if ("en".equals(code)) {
      return new English();
    }
    throw new IllegalArgumentException("Depesche does not code language '" + code + "' yet (it codes: " + CODED + ")");
  }

  /** ISO 639-1 code, as articles carry it ({@code de}). */
  String code();

  /** The bundled actor dictionaries with a user's own entries ({@code --actors}) added; they win. */
  ActorLexicon lexicon(List<java.nio.file.Path> userFiles);

  /** Loads the language's CoreNLP models (10-15 s). */
  LinguisticAnnotator annotator();

  /** The stages, in the order they run, over the given annotator and actor dictionaries. */
  Stage<Article, CodedArticle> stages(LinguisticAnnotator annotator, ActorLexicon lexicon);
}
