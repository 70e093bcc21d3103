package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.country;
import static org.depesche.actor.Scans.tagged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanStateTest {
  @Test
  void recent_mentions_are_this_sentence_then_the_five_before_the_latest_first() {
    List<List<ActorMention>> earlier = new ArrayList<>();
    for (String code : List.of("AUT", "BEL", "CHE", "DNK", "EST", "FIN")) {
      earlier.add(List.of(new ActorMention(0, 0, country(code), false, "named before")));
    }
    ScanState s = new ScanState(tagged("Griechenland/PROPN/LOCATION schwieg/VERB ./PUNCT"), Scans.DAY, "DEU",
        new HashMap<>(), earlier);
    s.add(0, 0, country("GRC"), false, "country name");
    assertThat(s.recent()).extracting(m -> m.actor().code()).containsExactly("GRC", "FIN", "EST", "DNK", "CHE", "BEL");
  }

  @Test
  void an_introduced_name_is_known_in_the_genitive_unless_it_is_short() {
    Actor lindqvist = new Actor("Lars Lindqvist", "Lars Lindqvist", "SWE", null, null);
    Actor li = new Actor("Li Wei", "Li Wei", "CHN", null, null);
    ScanState s = new ScanState(tagged("Lindqvists/PROPN Boot/NOUN und/CCONJ Lis/PROPN Auto/NOUN ./PUNCT"),
        Scans.DAY, "DEU", new HashMap<>(Map.of("Lindqvist", lindqvist, "Li", li)), List.of());
    assertThat(s.introducedAs("Lindqvists")).isEqualTo(lindqvist);
    assertThat(s.introducedAs("Lis")).isNull();
  }

  @Test
  void introducing_a_name_makes_each_of_its_words_known() {
    ScanState s = new ScanState(tagged("Lars/PROPN Lindqvist/PROPN schwieg/VERB ./PUNCT"), Scans.DAY, "DEU",
        new HashMap<>(), List.of());
    Actor lindqvist = new Actor("Lars Lindqvist", "Lars Lindqvist", "SWE", null, null);
    s.introduce(0, 1, lindqvist);
    assertThat(s.introducedAs("Lars")).isEqualTo(lindqvist);
    assertThat(s.introducedAs("Lindqvist")).isEqualTo(lindqvist);
    assertThat(s.isIntroduced("schwieg")).isFalse();
  }
}
