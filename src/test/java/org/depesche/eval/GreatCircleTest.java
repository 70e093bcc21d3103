package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void berlin_to_potsdam_is_about_27_km() {
    assertThat(GreatCircle.km(52.5200, 13.4050, 52.3906, 13.0645)).isCloseTo(27.0, within(1.0));
  }

  @Test
  void berlin_to_munich_is_about_504_km() {
    assertThat(GreatCircle.km(52.5200, 13.4050, 48.1374, 11.5755)).isCloseTo(504.0, within(3.0));
  }

  @Test
  void a_point_is_no_distance_from_itself_and_the_distance_is_symmetric() {
    assertThat(GreatCircle.km(51.2562, 7.1508, 51.2562, 7.1508)).isZero();
    assertThat(GreatCircle.km(52.52, 13.405, 48.1374, 11.5755))
        .isEqualTo(GreatCircle.km(48.1374, 11.5755, 52.52, 13.405));
  }

  @Test
  void antipodes_are_half_the_circumference_apart() {
    assertThat(GreatCircle.km(0, 0, 0, 180)).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM, within(0.001));
  }
}
