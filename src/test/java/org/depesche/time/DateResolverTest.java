package org.depesche.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Which date expression an event gets, on literal parses: no models needed. */
class DateResolverTest {
  private static final DateResolver RESOLVER = new DateResolver(GermanDateFinder.german());
  /** A Thursday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 31);

  private static final String MET_AND_LEFT = """
      1 Merkel Merkel PROPN 2 nsubj
      2 traf treffen VERB 0 root
      3 Macron Macron PROPN 2 obj
      4 am am ADP 5 case
      5 Montag Montag NOUN 2 obl
      6 und und CCONJ 7 cc
      7 reiste abreisen VERB 2 conj
      8 am am ADP 9 case
      9 Dienstag Dienstag NOUN 7 obl
      10 ab ab ADP 7 compound:prt
      11 . . PUNCT 2 punct
      """;

  private static final String MET = """
      1 Merkel Merkel PROPN 2 nsubj
      2 traf treffen VERB 0 root
      3 Macron Macron PROPN 2 obj
      4 . . PUNCT 2 punct
      """;

  private static final String SPOKE_ON_TUESDAY = """
      1 Am am ADP 2 case
      2 Dienstag Dienstag NOUN 3 obl
      3 sprach sprechen VERB 0 root
      4 Merkel Merkel PROPN 3 nsubj
      5 . . PUNCT 3 punct
      """;

  private static final String SPOKE_ON_1_OCTOBER = """
      1 Am am ADP 3 case
      2 1. 1. ADJ 3 amod
      3 Oktober Oktober NOUN 5 obl
      4 2024 2024 NUM 3 nmod
      5 sprach sprechen VERB 0 root
      6 Merkel Merkel PROPN 5 nsubj
      7 . . PUNCT 5 punct
      """;

  private static EventDate dateOf(String conllu, LocalDate published, int sentence, int trigger, Outlook outlook) {
    List<Sentence> sentences = Conllu.read(conllu);
    String text = String.join(" ", sentences.stream().map(Sentence::text).toList());
    return RESOLVER.read(sentences, text, published).of(sentence, trigger, outlook);
  }

  @Test
  void the_date_hanging_on_the_trigger_wins_over_another_in_the_sentence() {
    assertThat(dateOf(MET_AND_LEFT, PUBLISHED, 0, 1, Outlook.BACK).at()).isEqualTo(LocalDate.of(2024, 10, 28));
    assertThat(dateOf(MET_AND_LEFT, PUBLISHED, 0, 6, Outlook.BACK).at()).isEqualTo(LocalDate.of(2024, 10, 29));
  }

  @Test
  void a_weekday_looks_back_for_a_report_and_ahead_for_a_plan() {
    EventDate back = dateOf(MET_AND_LEFT, PUBLISHED, 0, 1, Outlook.BACK);
    EventDate ahead = dateOf(MET_AND_LEFT, PUBLISHED, 0, 1, Outlook.AHEAD);
    assertThat(back.basis()).isEqualTo(EventDate.Basis.RELATIVE);
    assertThat(ahead.at()).isEqualTo(LocalDate.of(2024, 11, 4));
  }

  @Test
  void an_undated_sentence_takes_the_day_of_the_lead() {
    EventDate d = dateOf(SPOKE_ON_TUESDAY + "\n" + MET, PUBLISHED, 1, 1, Outlook.BACK);
    assertThat(d.value()).isEqualTo("2024-10-29");
    assertThat(d.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  @Test
  void a_lead_day_more_than_a_week_before_publication_is_not_the_news_of_the_day() {
    EventDate d = dateOf(SPOKE_ON_1_OCTOBER + "\n" + MET, PUBLISHED, 1, 1, Outlook.BACK);
    assertThat(d.basis()).isEqualTo(EventDate.Basis.PUBLICATION);
    assertThat(d.at()).isEqualTo(PUBLISHED);
    assertThat(dateOf(SPOKE_ON_1_OCTOBER + "\n" + MET, LocalDate.of(2024, 10, 3), 1, 1, Outlook.BACK).value())
        .isEqualTo("2024-10-01");
  }

  @Test
  void without_any_date_the_publication_date_is_the_event_date() {
    EventDate d = dateOf(MET, PUBLISHED, 0, 1, Outlook.BACK);
    assertThat(d).isEqualTo(EventDate.day(PUBLISHED, EventDate.Basis.PUBLICATION, null));
  }

  @Test
  void without_a_publication_date_nothing_is_known() {
    assertThat(dateOf(MET, null, 0, 1, Outlook.BACK)).isEqualTo(EventDate.UNKNOWN);
  }
}
