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
        "text", " Telefon  Gespräch ", "country", "deu", "near", " 52.52, 13.405,30 ");
    assertThat(f).isEqualTo(new EventFilter("Selenskyj", List.of("UKR", "JPN"), "041", "CONSULT", 1,
        LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), EventFilter.By.PUBLISHED, Modality.NEGATED,
        List.of("Telefon", "Gespräch"), "DEU", new EventFilter.Near(52.52, 13.405, 30)));
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
  void a_place_is_a_location_country_or_a_circle_of_latitude_longitude_and_km() {
    assertThat(parse("country", "che").country()).isEqualTo("CHE");
    assertThat(parse("near", "-33.9,151.2,0.5").near()).isEqualTo(new EventFilter.Near(-33.9, 151.2, 0.5));
    assertThat(parse("near", "90,-180,20000").near()).isEqualTo(new EventFilter.Near(90, -180, 20000));
    assertThat(parse("country", "DEU").actor()).as("the location's country is no actor filter").isNull();
  }

  @Test
  void bad_places_are_refused_naming_the_parameter_and_quoting_the_value() {
    String country = "takes the ISO 3166-1 alpha-3 code of the country where events took place, as DEU, not '%s'";
    for (String bad : new String[] {"DE", "Germany", "D3U", "DEU,AUT"}) {
      refused("country", bad, country.formatted(bad));
    }
    String near = "takes LAT,LON,KM: a latitude from -90 to 90, a longitude from -180 to 180 and a radius in km "
        + "above 0, as 52.52,13.40,30, not '%s'";
    for (String bad : new String[] {"91,0,5", "-90.5,0,5", "0,180.1,5", "0,-181,5", "52.5,13.4,-5", "52.5,13.4,0",
        "a,b,c", "52.5,13.4", "52.5,13.4,5,1", "52.5,,5", "NaN,0,5", "0,Infinity,5", "1e1,0,5", "0x10,0,5",
        "52,5;13,4;30"}) {
      refused("near", bad, near.formatted(bad));
    }
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
