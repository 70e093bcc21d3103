package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldEventTest {
  private static GoldEvent gold(String src, String tgt, boolean symmetric, String... roots) {
    return new GoldEvent("g", "", src, tgt, List.of(roots), symmetric, null, "", null);
  }

  @Test
  void matches_keys_and_root() {
    assertThat(gold("UKR", "JPN", false, "04").matches("UKR", "JPN", "04")).isTrue();
    assertThat(gold("UKR", "JPN", false, "04").matches("UKR", "JPN", "05")).isFalse();
    assertThat(gold("UKR", "JPN", false, "04").matches("JPN", "UKR", "04")).isFalse();
  }

  @Test
  void symmetric_events_match_either_way_round() {
    assertThat(gold("KOR", "UKR", true, "04").matches("UKR", "KOR", "04")).isTrue();
  }

  @Test
  void alternatives_and_wildcards() {
    assertThat(gold("NATO|AFG", "AFG", false, "19").matches("AFG", "AFG", "19")).isTrue();
    assertThat(gold("DEU", "*", false, "14").matches("DEU", null, "14")).isTrue();
    assertThat(gold("DEU", "USA", false, "14").matches("DEU", null, "14")).isFalse();
  }
}
