package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmountFinderTest {
  private final AmountFinder finder = AmountFinder.german();

  /** The largest sum of money in the text, as an event in whose phrase they all stand would carry it. */
  private Amount largestSum(String text) {
    return finder.all(text).stream().map(AmountFinder.Found::amount).filter(a -> a.currency() != null)
        .max(java.util.Comparator.comparingDouble(Amount::value)).orElse(null);
  }

  private Amount only(String text) {
    List<AmountFinder.Found> found = finder.all(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).amount();
  }

  @Test
  void reads_the_largest_sum_with_its_currency() {
    Amount a = largestSum("Japan hat Budgethilfe in Höhe von 8,7 Milliarden US-Dollar gewährt, "
        + "davon 955 Millionen US-Dollar als Zuschüsse.");
    assertThat(a.value()).isEqualTo(8.7e9);
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.text()).isEqualTo("8,7 Milliarden US-Dollar");
  }

  @Test
  void reads_abbreviations_thousands_separators_and_english_sums() {
    assertThat(largestSum("Die EU zahlt 955 Mio. Euro aus.").value()).isEqualTo(955e6);
    assertThat(largestSum("Es geht um 1.200.000 Euro.").value()).isEqualTo(1.2e6);
    assertThat(largestSum("Mindestens 40 Menschen starben.")).isNull();
    Amount english = only("The US pledged $2bn in aid.");
    assertThat(english.value()).isEqualTo(2e9);
    assertThat(english.currency()).isEqualTo("USD");
    assertThat(english.text()).isEqualTo("$2bn");
  }

  @Test
  void counts_people_with_their_qualifier() {
    Amount dead = only("Bei dem Anschlag gab es mindestens 40 Tote.");
    assertThat(dead.value()).isEqualTo(40);
    assertThat(dead.unit()).isEqualTo("people");
    assertThat(dead.text()).isEqualTo("mindestens 40 Tote");
    assertThat(only("Tausende Demonstranten zogen vor das Parlament.").value()).isEqualTo(1000);
    assertThat(finder.all("Es wurden 126 Menschen getötet, darunter zwölf Kinder."))
        .extracting(f -> f.amount().value()).containsExactly(126.0, 12.0);
    assertThat(only("über 200 verletzte Polizisten").value()).isEqualTo(200);
    assertThat(only("2,5 Millionen Flüchtlinge").value()).isEqualTo(2.5e6);
  }

  @Test
  void counts_weapons_by_the_end_of_the_noun() {
    Amount tanks = only("Deutschland liefert 14 Kampfpanzer an die Ukraine.");
    assertThat(tanks.value()).isEqualTo(14);
    assertThat(tanks.unit()).isEqualTo("weapons");
  }

  @Test
  void numbers_that_count_nothing_listed_are_no_amounts() {
    assertThat(finder.all("Die Sitzung dauerte 40 Minuten, 2024 war ein Wahljahr.")).isEmpty();
  }
}
