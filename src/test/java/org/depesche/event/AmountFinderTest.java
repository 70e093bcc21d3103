package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountFinderTest {
  private final AmountFinder finder = AmountFinder.german();

  @Test
  void reads_the_largest_sum_with_its_currency() {
    Amount a = finder.largestSum("Japan hat Budgethilfe in Höhe von 8,7 Milliarden US-Dollar gewährt, "
        + "davon 955 Millionen US-Dollar als Zuschüsse.");
    assertThat(a.value()).isEqualTo(8.7e9);
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.text()).isEqualTo("8,7 Milliarden US-Dollar");
  }

  @Test
  void reads_abbreviations_and_thousands_separators() {
    assertThat(finder.largestSum("Die EU zahlt 955 Mio. Euro aus.").value()).isEqualTo(955e6);
    assertThat(finder.largestSum("Es geht um 1.200.000 Euro.").value()).isEqualTo(1.2e6);
    assertThat(finder.largestSum("Mindestens 40 Menschen starben.")).isNull();
  }
}
