package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.after;
import static org.depesche.actor.Scans.country;
import static org.depesche.actor.Scans.found;

import java.util.List;
import org.junit.jupiter.api.Test;

class BothSidesTest {
  private static final String AGREED = "Die/DET beiden/DET Länder/NOUN einigten/VERB sich/PRON ./PUNCT";

  private final BothSides both = new BothSides(Scans.LEXICON);

  @Test
  void beide_with_a_pair_word_is_each_of_the_two_actors_named_last() {
    // after "Russland und Nordkorea verhandelten."
    ScanState s = after(List.of(country("RUS"), country("PRK")), AGREED);
    assertThat(both.read(s, 1)).isEqualTo(3);
    assertThat(found(s)).containsExactly("beiden Länder=PRK", "beiden Länder=RUS");
  }

  @Test
  void ihre_with_a_pair_word_points_back_to_the_two_as_well() {
    ScanState s = after(List.of(country("POL"), country("LTU")),
        "Sie/PRON betonten/VERB ,/PUNCT ihre/DET Staaten/NOUN stünden/VERB zusammen/ADV ./PUNCT");
    assertThat(both.read(s, 3)).isEqualTo(5);
    assertThat(found(s)).containsExactly("ihre Staaten=LTU", "ihre Staaten=POL");
  }

  @Test
  void an_actor_named_twice_counts_once() {
    ScanState s = after(List.of(country("RUS"), country("PRK"), country("PRK")), AGREED);
    both.read(s, 1);
    assertThat(found(s)).containsExactly("beiden Länder=PRK", "beiden Länder=RUS");
  }

  @Test
  void with_one_actor_named_the_words_are_passed_over_without_a_mention() {
    ScanState s = after(List.of(country("RUS")), AGREED);
    assertThat(both.read(s, 1)).isEqualTo(3);
    assertThat(s.found()).isEmpty();
  }

  @Test
  void beide_before_any_other_noun_is_not_read() {
    ScanState s = after(List.of(country("RUS"), country("PRK")), "Beide/DET Delegationen/NOUN reisten/VERB ./PUNCT");
    assertThat(both.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }
}
