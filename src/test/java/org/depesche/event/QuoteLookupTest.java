package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;
import org.junit.jupiter.api.Test;

/** Which quotation a word stands in. */
class QuoteLookupTest {
  /** „Wir helfen“, sagte Scholz, „und wir bleiben.“ */
  private static final Sentence SAID = Conllu.sentence("""
      1 „ „ PUNCT 3 punct
      2 Wir wir PRON 3 nsubj
      3 helfen helfen VERB 6 ccomp
      4 “ “ PUNCT 3 punct
      5 , , PUNCT 6 punct
      6 sagte sagen VERB 0 root
      7 Scholz Scholz PROPN 6 nsubj PERSON
      8 , , PUNCT 6 punct
      9 „ „ PUNCT 12 punct
      10 und und CCONJ 12 cc
      11 wir wir PRON 12 nsubj
      12 bleiben bleiben VERB 6 conj
      13 . . PUNCT 6 punct
      14 “ “ PUNCT 6 punct
      """);

  /** The words from token {@code first} up to the closing mark at token {@code closing}, as a quotation. */
  private static QuoteSpan quote(int first, int closing) {
    Token from = SAID.token(first);
    Token to = SAID.token(closing);
    return new QuoteSpan(from.begin(), to.begin(), SAID.textOf(first, closing - 1, SAID.begin()), true, null, -1, -1);
  }

  private final QuoteSpan first = quote(1, 3);
  private final QuoteSpan second = quote(9, 13);
  private final QuoteLookup quotes = new QuoteLookup(List.of(first, second));

  @Test
  void a_quoted_word_is_in_the_quotation_that_covers_it() {
    assertThat(quotes.at(SAID.token(1))).isEqualTo(first);
    assertThat(quotes.at(SAID.token(10))).isEqualTo(second);
  }

  @Test
  void a_word_between_quotations_is_in_none() {
    assertThat(quotes.at(SAID.token(6))).isNull();
  }

  @Test
  void the_closing_mark_is_outside_the_quotation() {
    assertThat(quotes.at(SAID.token(3))).isNull();
  }
}
