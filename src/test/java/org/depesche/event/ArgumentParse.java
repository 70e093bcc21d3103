package org.depesche.event;

import java.time.LocalDate;
import java.util.List;
import org.depesche.actor.ActorFinder;
import org.depesche.actor.ActorLexicon;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * For the argument rules: a short article parsed by hand in compact CoNLL-U ({@link Conllu}), with the actors the German dictionaries find
 * in it: the argument rules tested on a literal parse, without loading CoreNLP. The last sentence is the one read.
 *
 * @param sentences the article's sentences
 * @param actors    the actors {@link ActorFinder} finds in them
 */
record ArgumentParse(List<Sentence> sentences, ArticleActors actors) {
  private static final ActorFinder FINDER = new ActorFinder(ActorLexicon.german());
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 3);

  /** The sentences of {@code conllu} and the actors found in them as of June 2024. */
  static ArgumentParse of(String conllu) {
    List<Sentence> sentences = Conllu.read(conllu);
    return new ArgumentParse(sentences, FINDER.find(sentences, PUBLISHED));
  }

  /** The last sentence. */
  Sentence sentence() {
    return sentences.get(sentences.size() - 1);
  }

  /** The first token of the last sentence spelt {@code word}. */
  Token token(String word) {
    return Parses.token(sentence(), word);
  }

  SentenceMentions mentions() {
    return new SentenceMentions(sentence(), actors);
  }

  ArgumentReader reader(QuoteSpan... quotes) {
    return new ArgumentReader(sentence(), actors, List.of(quotes));
  }
}
