package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.tagged;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recognisers together, in their order: which one reads a word decides what it is. */
class SentenceScanTest {
  private final SentenceScan scan = new SentenceScan(Scans.LEXICON);

  /** The codes of each sentence's mentions, as "words=CODE", sentences read in turn as one article. */
  private List<String> codes(LocalDate date, String... sentences) {
    Map<String, Actor> introduced = new HashMap<>();
    List<List<ActorMention>> all = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (String items : sentences) {
      List<ActorMention> found = scan.mentions(tagged(items), date, "DEU", introduced, all);
      all.add(found);
      found.forEach(m -> out.add(m.actor().text() + "=" + (m.actor().code() == null ? "?" : m.actor().code())));
    }
    return out;
  }

  @Test
  void the_dictionary_wins_over_the_named_entity_recogniser() {
    assertThat(codes(Scans.DAY, "Wladimir/PROPN/PERSON Putin/PROPN/PERSON schwieg/VERB ./PUNCT"))
        .containsExactly("Wladimir Putin=RUSGOV");
  }

  @Test
  void a_name_introduced_with_its_role_is_known_in_the_next_sentence() {
    assertThat(codes(Scans.DAY,
        "Die/DET japanische/ADJ Premierministerin/NOUN Hanako/PROPN/PERSON Yamadera/PROPN/PERSON reiste/VERB ab/ADP",
        "Yamadera/PROPN/PERSON lächelte/VERB ./PUNCT"))
        .containsExactly("japanische Premierministerin Hanako Yamadera=JPNGOV", "Yamadera=JPNGOV");
  }

  @Test
  void an_office_word_with_no_holder_known_is_read_as_the_institution() {
    assertThat(codes(null, "Der/DET Kremlchef/NOUN schwieg/VERB ./PUNCT")).containsExactly("Kremlchef=RUSGOV");
  }

  @Test
  void the_passes_run_after_the_words_are_read() {
    assertThat(codes(Scans.DAY, "Jonas/PROPN/PERSON Berger/PROPN/PERSON (/PUNCT SPD/PROPN/ORGANIZATION )/PUNCT "
        + "und/CCONJ Lena/PROPN/PERSON Brandt/PROPN/PERSON ,/PUNCT eine/DET Polizeisprecherin/NOUN ,/PUNCT "
        + "widersprachen/VERB ./PUNCT"))
        .containsExactly("Jonas Berger=?", "Lena Brandt=DEUCOP", "Polizeisprecherin=DEUCOP");
  }
}
