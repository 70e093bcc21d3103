package org.depesche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  /** A parsed token: word, part of speech, head (-1 root), relation. */
  private static Token t(int i, String word, String pos, int head, String rel) {
    return new Token(i, word, word, pos, "O", 0, 0, head, rel);
  }

  @Test
  void a_dateline_read_as_the_subject_gives_the_subject_back_to_the_name_in_apposition() {
    // Wien – Die FPÖ fordert Neuwahlen . as the German model parses it
    List<Token> parsed = List.of(t(0, "Wien", "PROPN", 4, "nsubj"), t(1, "–", "PUNCT", 3, "punct"),
        t(2, "Die", "DET", 3, "det"), t(3, "FPÖ", "PROPN", 0, "appos"), t(4, "fordert", "VERB", -1, "root"),
        t(5, "Neuwahlen", "NOUN", 4, "obj"), t(6, ".", "PUNCT", 4, "punct"));
    List<Token> out = Datelines.detach(parsed);
    assertEquals(4, out.get(3).head());
    assertEquals("nsubj", out.get(3).rel());
    assertEquals(Datelines.REL, out.get(0).rel());
    assertEquals(4, out.get(0).head());
    assertEquals("det", out.get(2).rel());
    assertEquals(3, out.get(2).head());
  }

  @Test
  void a_dateline_read_as_the_root_hands_the_root_to_the_verb() {
    // Genf ( dpa ) – Die UN warnen . with "Genf" as root and the clause in parataxis
    List<Token> parsed = List.of(t(0, "Genf", "PROPN", -1, "root"), t(1, "(", "PUNCT", 2, "punct"),
        t(2, "dpa", "PROPN", 0, "appos"), t(3, ")", "PUNCT", 2, "punct"), t(4, "–", "PUNCT", 7, "punct"),
        t(5, "Die", "DET", 6, "det"), t(6, "UN", "PROPN", 7, "nsubj"), t(7, "warnen", "VERB", 0, "parataxis"),
        t(8, ".", "PUNCT", 0, "punct"));
    List<Token> out = Datelines.detach(parsed);
    assertEquals(-1, out.get(7).head());
    assertEquals("root", out.get(7).rel());
    assertEquals(7, out.get(8).head());
    assertEquals(7, out.get(0).head());
    assertEquals(Datelines.REL, out.get(0).rel());
    assertEquals(0, out.get(2).head()); // the agency stays with its dateline
  }

  @Test
  void sentences_without_a_dateline_are_left_as_they_are() {
    List<Token> clause = List.of(t(0, "Merkel", "PROPN", 1, "nsubj"), t(1, "sagte", "VERB", -1, "root"),
        t(2, "nichts", "PRON", 1, "obj"), t(3, "–", "PUNCT", 1, "punct"), t(4, "gar", "ADV", 5, "advmod"),
        t(5, "nichts", "PRON", 2, "appos"));
    assertSame(clause, Datelines.detach(clause));
    List<Token> article = List.of(t(0, "Die", "DET", 1, "det"), t(1, "Regierung", "NOUN", 3, "nsubj"),
        t(2, "–", "PUNCT", 3, "punct"), t(3, "schweigt", "VERB", -1, "root"), t(4, ".", "PUNCT", 3, "punct"));
    assertSame(article, Datelines.detach(article));
    List<Token> aside = List.of(t(0, "Kanzlerin", "NOUN", 5, "nsubj"), t(1, "–", "PUNCT", 3, "punct"),
        t(2, "die", "DET", 3, "det"), t(3, "Erste", "NOUN", 0, "appos"), t(4, "–", "PUNCT", 3, "punct"),
        t(5, "sagte", "VERB", -1, "root"), t(6, "nichts", "PRON", 5, "obj"));
    assertSame(aside, Datelines.detach(aside));
  }
}
