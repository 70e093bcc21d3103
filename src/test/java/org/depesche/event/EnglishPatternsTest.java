package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Token;
import org.junit.jupiter.api.Test;

/** The English patterns: the hand-written ones and PETRARCH2's converted ones, read as one book. */
class EnglishPatternsTest {
  private static final PatternBook BOOK =
      PatternBook.of(LanguageFiles.of("en"), CameoOntology.standard(), "patterns", "patterns-petrarch");

  private static Token verb(String lemma) {
    return new Token(0, lemma, lemma, "VERB", "O", 0, lemma.length(), -1, "root");
  }

  @Test
  void a_bare_verb_of_a_root_is_coded_by_the_hand_written_pattern() {
    List<EventPattern> reject = BOOK.candidates(verb("reject"));
    assertThat(reject).isNotEmpty();
    assertThat(reject.get(reject.size() - 1).cameo()).isEqualTo("120");
  }

  @Test
  void petrarchs_object_patterns_come_before_the_bare_verb() {
    List<EventPattern> impose = BOOK.candidates(verb("impose"));
    assertThat(impose.get(0).object()).isNotEmpty();
    assertThat(impose).anyMatch(p -> p.cameo().equals("163") && p.object().contains("sanctions"));
  }

  /** English puts many targets after a preposition: the files' default target roles say so. */
  @Test
  void verb_patterns_without_targets_take_the_files_default_roles() {
    EventPattern meet = BOOK.candidates(verb("meet")).stream().filter(p -> p.object().isEmpty()
        && p.requires().isEmpty()).findFirst().orElseThrow();
    assertThat(meet.target()).contains("obj", "obl:with", "obl:to");
  }

  @Test
  void a_phrasal_verb_is_its_own_trigger() {
    assertThat(BOOK.candidates(verb("call off"))).isNotEmpty();
    assertThat(BOOK.mayTrigger(verb("call off"))).isTrue();
  }
}
