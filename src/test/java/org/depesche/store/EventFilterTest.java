package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depesche.event.Modality;
import org.junit.jupiter.api.Test;

/** The query filters as the command line and the web API give them: by name, as text. */
class EventFilterTest {
  private static EventFilter parse(String... namesAndValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return EventFilter.parse(values::get);
  }

  /** The message for a bad value, and that it names the parameter on its own. */
  private static void refused(String parameter, String value, String message) {
    assertThatThrownBy(() -> parse(parameter, value)).isInstanceOfSatisfying(InvalidFilterException.class, e -> {
      assertThat(e.getMessage()).isEqualTo(parameter + " " + message);
      assertThat(e.parameter()).isEqualTo(parameter);
      assertThat(e.problem()).isEqualTo(message);
    });
  }

  @Test
  void no_values_filter_nothing_and_blank_ones_are_absent() {
    assertThat(parse()).isEqualTo(EventFilter.all());
    assertThat(parse("actor", " ", "dyad", "", "quad", "  ", "from", "")).isEqualTo(EventFilter.all());
  }

  @Test
  void every_value_is_read_into_its_type() {
    EventFilter f = parse("actor", " Selenskyj ", "dyad", "ukr, jpn", "cameo", "041", "plover", "consult",
        "quad", "1", "from", "2024-10-01", "to", "2024-10-31", "by", "published", "modality", "negated",
        "text", " Telefon  Gespräch ");
    assertThat(f).isEqualTo(new EventFilter("Selenskyj", List.of("UKR", "JPN"), "041", "CONSULT", 1,
        LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), EventFilter.By.PUBLISHED, Modality.NEGATED,
        List.of("Telefon", "Gespräch")));
  }

  @Test
  void dates_are_about_the_event_unless_told_otherwise() {
    assertThat(parse("from", "2024-01-01").by()).isEqualTo(EventFilter.By.EVENT);
    assertThat(parse("by", "event").by()).isEqualTo(EventFilter.By.EVENT);
  }

  @Test
  void bad_values_are_refused_naming_the_parameter_and_quoting_the_value() {
    refused("dyad", "UKR", "takes two actor keys, as UKR,JPN, not 'UKR'");
    refused("dyad", "UKR,", "takes two actor keys, as UKR,JPN, not 'UKR,'");
    refused("dyad", "UKR,JPN,USA", "takes two actor keys, as UKR,JPN, not 'UKR,JPN,USA'");
    refused("cameo", "abc", "takes a CAMEO code or root of 2 to 4 digits, not 'abc'");
    refused("cameo", "04111", "takes a CAMEO code or root of 2 to 4 digits, not '04111'");
    refused("quad", "9", "takes 1 to 4, not '9'");
    refused("quad", "x", "takes 1 to 4, not 'x'");
    refused("from", "gestern", "takes a date as YYYY-MM-DD, not 'gestern'");
    refused("to", "2024-13-01", "takes a date as YYYY-MM-DD, not '2024-13-01'");
    refused("by", "never", "takes event or published, not 'never'");
    refused("modality", "sure", "takes asserted, intended, hypothetical or negated, not 'sure'");
    refused("modality", "ASSERTED", "takes asserted, intended, hypothetical or negated, not 'ASSERTED'");
  }

  @Test
  void the_parameters_are_the_names_parse_reads() {
    Map<String, String> asked = new HashMap<>();
    EventFilter.parse(name -> {
      asked.put(name, null);
      return null;
    });
    assertThat(asked.keySet()).containsExactlyInAnyOrderElementsOf(EventFilter.PARAMETERS);
  }
}
