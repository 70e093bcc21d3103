package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.Actor;
import org.junit.jupiter.api.Test;

/** The actors a reading found, each once, and whether a pronoun led to them. */
class ArgumentActorsTest {
  private static final Actor POLEN = new Actor("Polen", null, "POL", null, null);
  private static final Actor WARSCHAU = new Actor("Warschau", null, "POL", null, "GOV");
  private static final Actor STRANGER = new Actor("Müller", "Müller", null, null, null);

  @Test
  void each_actor_is_kept_once_per_code_and_wording() {
    Actor polenAgain = new Actor("Polen", "Polen", "POL", null, null);
    assertThat(ArgumentActors.dedupe(List.of(POLEN, WARSCHAU, polenAgain))).containsExactly(POLEN, WARSCHAU);
  }

  @Test
  void an_actor_without_a_key_is_dropped() {
    assertThat(ArgumentActors.dedupe(List.of(STRANGER, POLEN))).containsExactly(POLEN);
  }

  @Test
  void a_sum_is_indirect_if_either_part_is() {
    ArgumentActors named = new ArgumentActors(List.of(POLEN), false);
    ArgumentActors byPronoun = new ArgumentActors(List.of(WARSCHAU), true);
    assertThat(named.plus(byPronoun)).isEqualTo(new ArgumentActors(List.of(POLEN, WARSCHAU), true));
    assertThat(named.plus(named).indirect()).isFalse();
  }

  @Test
  void deduping_keeps_whether_a_pronoun_led_to_the_actors() {
    assertThat(new ArgumentActors(List.of(POLEN, POLEN), true).deduped())
        .isEqualTo(new ArgumentActors(List.of(POLEN), true));
  }
}
