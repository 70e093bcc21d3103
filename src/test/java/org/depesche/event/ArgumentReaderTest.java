package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the actors of a trigger's roles, with one reader for every pattern tried on the sentence. */
class ArgumentReaderTest {
  private static List<String> keys(ArgumentActors found) {
    return Parses.keys(found.actors());
  }

  @Test
  void the_first_role_that_names_an_actor_is_read() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Kanzler Kanzler NOUN 3 nsubj
        3 sprach sprechen VERB 0 root
        4 in in ADP 5 case
        5 Nairobi Nairobi PROPN 3 obl LOCATION
        6 mit mit ADP 7 case
        7 Lukaschenko Lukaschenko PROPN 3 obl PERSON
        8 . . PUNCT 3 punct
        """);
    ArgumentActors read = p.reader().read(p.token("sprach"), List.of("obl:mit", "obl:in"), false);
    assertThat(keys(read)).containsExactly("BLR");
  }

  @Test
  void a_role_whose_words_name_nobody_gives_way_to_the_next() {
    ArgumentParse p = ArgumentParse.of(Parses.POLEN_VERURTEILTE);
    assertThat(keys(p.reader().read(p.token("verurteilte"), List.of("obj", "subj"), true))).containsExactly("POL");
  }

  @Test
  void no_role_naming_anybody_reads_nothing() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Angriff Angriff NOUN 3 nsubj
        3 scheiterte scheitern VERB 0 root
        4 . . PUNCT 3 punct
        """);
    assertThat(p.reader().read(p.token("scheiterte"), List.of("subj", "obj"), false)).isEqualTo(ArgumentActors.NONE);
  }

  @Test
  void a_pronoun_makes_only_its_own_reading_indirect() {
    ArgumentParse p = ArgumentParse.of(Parses.PUTIN_SPRACH + """
        1 Er er PRON 2 nsubj
        2 traf treffen VERB 0 root
        3 Präsident Präsident NOUN 2 obj
        4 Ruto Ruto PROPN 3 appos PERSON
        5 . . PUNCT 2 punct
        """);
    ArgumentReader reader = p.reader();
    ArgumentActors subject = reader.read(p.token("traf"), List.of("subj"), true);
    ArgumentActors object = reader.read(p.token("traf"), List.of("obj"), true);
    assertThat(keys(subject)).containsExactly("RUS");
    assertThat(subject.indirect()).isTrue();
    assertThat(keys(object)).containsExactly("KEN");
    assertThat(object.indirect()).as("named, whatever was read before").isFalse();
  }

  @Test
  void one_reader_serves_transitive_and_intransitive_patterns_alike() {
    ArgumentParse p = ArgumentParse.of("""
        1 Zwei zwei NUM 2 nummod
        2 Journalisten Journalist NOUN 6 nsubj
        3 aus aus ADP 4 case
        4 Polen Polen PROPN 2 nmod LOCATION
        5 sind sein AUX 6 aux
        6 festgenommen festnehmen VERB 0 root
        7 . . PUNCT 6 punct
        """);
    ArgumentReader reader = p.reader();
    assertThat(keys(reader.read(p.token("festgenommen"), List.of("subj"), true))).as("a state passive").isEmpty();
    assertThat(keys(reader.read(p.token("festgenommen"), List.of("subj"), false))).containsExactly("POL");
    assertThat(keys(reader.read(p.token("festgenommen"), List.of("subj"), true))).as("no memory of the last read")
        .isEmpty();
  }
}
