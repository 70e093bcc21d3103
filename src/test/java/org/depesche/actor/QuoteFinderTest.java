package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Quotations and their speakers in short texts: what the quote is, who said it, and where the text says so. */
@Tag("corenlp")
class QuoteFinderTest {
  private record Found(String quote, boolean direct, String speakerWords, String speakerKey) {}

  private static List<Found> quotes(String text) {
    CodedArticle c = TestPipeline.get().code(new Article("t", "", null, LocalDate.of(2024, 10, 31), "de", text));
    return c.quotes().stream().map(q -> new Found(q.text(), q.direct(),
        q.speakerBegin() < 0 ? null : text.substring(q.speakerBegin(), q.speakerEnd()),
        q.speaker() == null ? null : q.speaker().key())).toList();
  }

  @Test
  void cue_after_a_direct_quotation() {
    assertThat(quotes("„Wir stehen fest an der Seite der Ukraine“, schrieb der japanische Außenminister."))
        .containsExactly(new Found("Wir stehen fest an der Seite der Ukraine", true,
            "japanische Außenminister", "JPN"));
  }

  @Test
  void cue_before_a_direct_quotation() {
    assertThat(quotes("Der südkoreanische Präsident erklärte: „Das werden wir nicht hinnehmen.“"))
        .extracting(Found::speakerKey, Found::direct).containsExactly(org.assertj.core.groups.Tuple.tuple("KOR", true));
  }

  @Test
  void reported_speech_after_the_cue() {
    List<Found> found = quotes("Der französische Außenminister sagte, die Regierung werde den Vertrag prüfen.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).quote()).isEqualTo("die Regierung werde den Vertrag prüfen");
    assertThat(found.get(0).direct()).isFalse();
    assertThat(found.get(0).speakerKey()).isEqualTo("FRA");
  }

  @Test
  void reported_speech_before_the_cue_with_a_pronoun_speaker() {
    List<Found> found = quotes("Die Kanzlerin Angela Merkel trat vor die Presse. "
        + "Die Lage sei ernst, warnte sie am Abend.");
    assertThat(found).extracting(Found::quote, Found::speakerWords, Found::speakerKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Die Lage sei ernst", "sie", "DEU"));
  }

  @Test
  void a_source_phrase_heads_reported_speech() {
    List<Found> found = quotes("Nach Angaben der russischen Regierung sind mehrere Drohnen abgeschossen worden.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).quote()).startsWith("sind mehrere Drohnen");
    assertThat(found.get(0).speakerKey()).isEqualTo("RUS");
  }

  @Test
  void a_speaker_no_dictionary_knows_is_marked_but_has_no_key() {
    List<Found> found = quotes("„Das war ein Fehler“, sagte der Gewerkschaftsvorsitzende Hans Meierling.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speakerWords()).isEqualTo("Hans Meierling");
    assertThat(found.get(0).speakerKey()).isNull();
  }

  @Test
  void a_plain_statement_is_no_quotation() {
    assertThat(quotes("Der Präsident reiste am Montag nach Paris und traf dort den Premierminister.")).isEmpty();
  }

  @Test
  void a_following_sentence_in_reported_form_is_the_same_speakers() {
    List<Found> found = quotes("Der französische Außenminister sagte, die Regierung werde den Vertrag prüfen. "
        + "Dies sei keine leichte Entscheidung. Paris liegt an der Seine.");
    assertThat(found).extracting(Found::quote, Found::speakerKey).containsExactly(
        org.assertj.core.groups.Tuple.tuple("die Regierung werde den Vertrag prüfen", "FRA"),
        org.assertj.core.groups.Tuple.tuple("Dies sei keine leichte Entscheidung", "FRA"));
  }
}
