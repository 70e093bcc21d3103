package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.depesche.internal.LanguageFiles;
import org.junit.jupiter.api.Test;

class OccurrenceVerbsTest {
  private static final OccurrenceVerbs GERMAN = OccurrenceVerbs.of(LanguageFiles.german());

  private static boolean tells(String conllu, int noun) {
    LiteralParse p = LiteralParse.of(conllu);
    ArgumentReader args = new ArgumentReader(p.sentences.get(0), p.actors, p.quotes);
    return GERMAN.tellsOccurrence(p.sentences.get(0).token(noun), args);
  }

  @Test
  void es_kam_zu_tells_that_the_noun_happened() {
    assertThat(tells("""
        1 Es es PRON 2 nsubj
        2 kam kommen VERB 0 root
        3 zu zu ADP 4 case
        4 Übergriffen Übergriff NOUN 2 obl
        5 . . PUNCT 2 punct
        """, 3)).isTrue();
  }

  @Test
  void a_noun_in_another_role_of_the_verb_is_not_told_to_have_happened() {
    assertThat(tells("""
        1 Die der DET 2 det
        2 Demonstration Demonstration NOUN 3 nsubj
        3 kam kommen VERB 0 root
        4 nicht nicht PART 3 advmod
        5 zustande zustande ADV 3 advmod
        6 . . PUNCT 3 punct
        """, 1)).isFalse();
  }

  @Test
  void a_line_without_a_role_is_an_error() {
    assertThatThrownBy(() -> OccurrenceVerbs.parse(List.of("stattfinden")))
        .isInstanceOf(IllegalStateException.class);
  }
}
