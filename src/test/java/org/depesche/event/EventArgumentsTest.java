package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who did what to whom where the parse or the wording hides an argument: one rule a test. */
@Tag("corenlp")
class EventArgumentsTest {
  /** The events of a text as "SRC>TGT root". */
  private static List<String> triples(String text) {
    List<Event> events = TestPipeline.get()
        .code(new Article("t", "", null, LocalDate.of(2010, 5, 4), "de", text)).events();
    return events.stream().map(e -> e.source().key() + ">" + (e.target() == null ? "-" : e.target().key()) + " "
        + e.type().root()).toList();
  }

  @Test
  void an_act_noun_stands_for_whoever_made_the_act() {
    assertThat(triples("Auf der Konferenz sprach Ägypten, das vorschlug, eine atomwaffenfreie Zone einzurichten. "
        + "Die EU-Staaten begrüßten den Vorstoß.")).contains("EU>EGY 05");
  }

  @Test
  void a_free_relative_object_is_about_its_subject() {
    assertThat(triples("Bundesaußenminister Guido Westerwelle erklärte, die Regierung erkenne an, "
        + "was Serbien geleistet habe.")).contains("DEU>SRB 05");
  }

  @Test
  void an_object_before_the_verb_with_a_pronoun_subject_after_it() {
    assertThat(triples("Bundeskanzlerin Angela Merkel sprach im Bundestag. "
        + "Eine Änderung der EU-Verträge strebt sie an.")).contains("DEU>EU 03");
  }

  @Test
  void a_judgement_with_als_hung_on_the_wrong_word_still_counts() {
    assertThat(triples("Das ist brisant, weil die US-Regierung Georgien nach dem Krieg im letzten Monat "
        + "als „junge couragierte Demokratie“ bezeichnet hat.")).contains("USA>GEO 05");
  }

  @Test
  void an_event_carries_the_count_in_its_own_phrase() {
    List<Event> events = TestPipeline.get().code(new Article("t", "", null, LocalDate.of(2022, 4, 5), "de",
        "Russische Soldaten töteten in Butscha mindestens 40 ukrainische Zivilisten, meldete die Ukraine am Montag, "
            + "die 20 Panzer gezählt hatte.")).events();
    assertThat(events).filteredOn(e -> e.type().root().equals("18") || e.type().root().equals("20"))
        .isNotEmpty().allSatisfy(e -> {
          assertThat(e.amount().value()).isEqualTo(40);
          assertThat(e.amount().unit()).isEqualTo("people");
        });
  }
}
