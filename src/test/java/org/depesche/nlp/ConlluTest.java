package org.depesche.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {
  private static final String MERKEL = """
      1 Merkel Merkel PROPN 2 nsubj PERSON
      2 telefonierte telefonieren VERB 0 root
      3 mit mit ADP 4 case
      4 Macron Macron PROPN 2 obl PERSON
      5 . . PUNCT 2 punct
      """;

  @Test
  void the_compact_form_gives_heads_from_zero_and_the_root_as_minus_one() {
    Sentence s = Conllu.sentence(MERKEL);
    assertThat(s.parsed()).isTrue();
    assertThat(s.token(0).head()).isEqualTo(1);
    assertThat(s.token(1).head()).isEqualTo(-1);
    assertThat(s.children(1, "obl")).extracting(Token::word).containsExactly("Macron");
    assertThat(s.token(0).ner()).isEqualTo("PERSON");
    assertThat(s.token(2).ner()).isEqualTo("O");
  }

  @Test
  void offsets_point_into_the_sentence_text() {
    Sentence s = Conllu.sentence(MERKEL.replace(
        "4 Macron Macron PROPN 2 obl PERSON", "4\tMacron\tMacron\tPROPN\t_\t_\t2\tobl\t_\tNER=PERSON|SpaceAfter=No"));
    assertThat(s.text()).isEqualTo("Merkel telefonierte mit Macron.");
    for (Token t : s.tokens()) {
      assertThat(s.text().substring(t.begin() - s.begin(), t.end() - s.begin())).isEqualTo(t.word());
    }
  }

  @Test
  void written_sentences_read_back_the_same() {
    List<Sentence> two = Conllu.read(MERKEL + "\n" + MERKEL);
    assertThat(two).hasSize(2);
    assertThat(two.get(1).index()).isEqualTo(1);
    assertThat(two.get(1).begin()).isEqualTo(two.get(0).end() + 1);
    Sentence again = Conllu.sentence(Conllu.write(two.get(0)));
    assertThat(again).isEqualTo(two.get(0));
  }

  @Test
  void an_unparsed_sentence_keeps_its_tags_without_heads() {
    Sentence s = Conllu.sentence("1\tHallo\thallo\tINTJ\t_\t_\t_\t_\t_\t_\n");
    assertThat(s.parsed()).isFalse();
    assertThat(s.token(0).head()).isEqualTo(Token.UNPARSED);
    assertThat(Conllu.sentence(Conllu.write(s))).isEqualTo(s);
  }

  @Test
  void a_line_of_neither_form_is_an_error_that_quotes_it() {
    assertThatThrownBy(() -> Conllu.sentence("1 Merkel\n")).hasMessageContaining("1 Merkel");
  }
}
