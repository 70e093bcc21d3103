package org.depesche.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.depesche.actor.ActorFinder;
import org.depesche.actor.ActorLexicon;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteFinder;
import org.depesche.actor.QuoteSpan;
import org.depesche.article.Article;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * A text given as its parse ({@link Conllu}'s compact form), with the actors and quotations the dictionaries find in
 * it: the event rules tested without loading CoreNLP. The parses were copied from {@code depesche explain --conllu}.
 */
final class LiteralParse {
  private static final ActorFinder ACTORS = new ActorFinder(ActorLexicon.german());
  private static final QuoteFinder QUOTES = QuoteFinder.german();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  final List<Sentence> sentences;
  final ArticleActors actors;
  final List<QuoteSpan> quotes;
  final Article article;

  private LiteralParse(String conllu, LocalDate published) {
    sentences = Conllu.read(conllu);
    String text = sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    article = new Article("literal", "", null, published, "de", text);
    actors = ACTORS.find(sentences, published);
    quotes = QUOTES.find(text, sentences, actors);
  }

  /** The parse of a text published on 1 June 2025. */
  static LiteralParse of(String conllu) {
    return new LiteralParse(conllu, LocalDate.of(2025, 6, 1));
  }

  /** The parse of a text published on {@code published}, which decides the office of the people named. */
  static LiteralParse of(String conllu, LocalDate published) {
    return new LiteralParse(conllu, published);
  }

  /** The first sentence. */
  Sentence sentence() {
    return sentences.get(0);
  }

  /** The first word of the first sentence printed as {@code form}. */
  Token word(String form) {
    return sentence().tokens().stream().filter(t -> t.word().equals(form)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no word " + form + " in " + sentence().text()));
  }

  /** The arguments of the first sentence, read as the coder reads them. */
  ArgumentReader reader() {
    return new ArgumentReader(sentence(), actors, quotes);
  }

  /** A pattern written as in patterns.yaml: {@code pattern("{verb: treffen, except: [wahl], cameo: '040'}")}. */
  static EventPattern pattern(String yaml) {
    try {
      return YAML.readValue(yaml, EventPattern.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
