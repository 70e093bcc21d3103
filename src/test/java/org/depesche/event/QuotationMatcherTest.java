package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.event.LiteralParse.pattern;

import org.junit.jupiter.api.Test;

class QuotationMatcherTest {
  private static final String ATTACK = """
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 griff angreifen VERB 0 root
      3 Russland Russland PROPN 2 obj LOCATION
      4 an an ADP 2 compound:prt
      """;
  /** "Polen griff Russland an: „Das ist nicht hinnehmbar.“"; the closing mark became a sentence of its own. */
  private static final LiteralParse WITH_WORDS = LiteralParse.of(ATTACK + """
      5 : : PUNCT 10 punct
      6 „ „ SYM 10 cc
      7 Das der PRON 10 nsubj
      8 ist sein AUX 10 cop
      9 nicht nicht PART 10 advmod
      10 hinnehmbar hinnehmbar ADJ 2 parataxis
      11 . . PUNCT 2 punct

      1 “ “ PUNCT _ _
      """);
  /** "Polen griff Russland an. „Das ist nicht hinnehmbar.“": the words are another sentence's, left unparsed. */
  private static final LiteralParse WORDS_AFTER = LiteralParse.of(ATTACK + """
      5 . . PUNCT 2 punct

      1 „ „ PUNCT _ _
      2 Das der PRON _ _
      3 ist sein AUX _ _
      4 nicht nicht PART _ _
      5 hinnehmbar hinnehmbar ADJ _ _
      6 . . PUNCT _ _

      1 “ “ PUNCT _ _
      """);
  private static final EventPattern VERBAL = pattern("{verb: angreifen, quoted: true, cameo: '111'}");
  private static final EventPattern ARMED = pattern("{verb: angreifen, quoted: false, cameo: '190'}");

  private static boolean matches(EventPattern p, LiteralParse text) {
    return QuotationMatcher.matches(p, text.sentence(), text.word("griff"), text.quotes);
  }

  @Test
  void an_attack_followed_by_a_quotation_is_made_of_words() {
    assertThat(WITH_WORDS.quotes).isNotEmpty();
    assertThat(matches(VERBAL, WITH_WORDS)).isTrue();
    assertThat(matches(ARMED, WITH_WORDS)).isFalse();
  }

  @Test
  void a_quotation_in_the_next_sentence_does_not_follow_the_trigger() {
    assertThat(WORDS_AFTER.quotes).isNotEmpty();
    assertThat(matches(VERBAL, WORDS_AFTER)).isFalse();
    assertThat(matches(ARMED, WORDS_AFTER)).isTrue();
  }

  @Test
  void a_pattern_that_does_not_ask_matches_with_or_without_a_quotation() {
    EventPattern either = pattern("{verb: angreifen, cameo: '190'}");
    assertThat(matches(either, WITH_WORDS)).isTrue();
    assertThat(matches(either, WORDS_AFTER)).isTrue();
  }
}
