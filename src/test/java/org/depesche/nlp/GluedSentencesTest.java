package org.depesche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GluedSentencesTest {
  @Test
  void a_space_is_put_back_between_glued_sentences_and_offsets_map_back() {
    String text = "Der DAX stieg um 10,7 Prozent.Bundeskanzlerin Merkel sprach.";
    GluedSentences g = GluedSentences.of(text);
    assertEquals("Der DAX stieg um 10,7 Prozent. Bundeskanzlerin Merkel sprach.", g.spaced());
    int inCopy = g.spaced().indexOf("Bundeskanzlerin");
    assertEquals(text.indexOf("Bundeskanzlerin"), g.original(inCopy));
    assertEquals(text.indexOf('.'), g.original(g.spaced().indexOf('.')));
  }

  @Test
  void abbreviations_numbers_and_domains_are_left_alone() {
    for (String text : new String[] {"Die U.S.A. und Dr.Müller", "Es waren 3.500 Menschen.", "Siehe tagesschau.De"}) {
      assertEquals(text, GluedSentences.of(text).spaced());
    }
  }
}
