package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.event.LiteralParse.pattern;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ArticleActors;
import org.junit.jupiter.api.Test;

class ImpliedActorsTest {
  private static final ImpliedActors RULE = new ImpliedActors(CodingPolicy.standard().roots());
  private static final ArticleActors IN_GEORGIA = new ArticleActors(List.of(), "GEO");
  private static final ArticleActors NOWHERE = new ArticleActors(List.of(), null);
  private static final Actor POLAND = new Actor("Polen", null, "POL", null, null);
  private static final EventPattern PROTEST = pattern("{verb: protestieren, cameo: '140'}");
  private static final EventPattern ARREST = pattern("{verb: festnehmen, cameo: '173'}");

  @Test
  void a_protest_is_against_the_government_of_the_home_country() {
    assertThat(RULE.target(PROTEST, POLAND, IN_GEORGIA)).extracting(Actor::code).containsExactly("GEOGOV");
  }

  @Test
  void without_a_home_country_a_protest_is_against_the_government_of_the_protesters() {
    assertThat(RULE.target(PROTEST, POLAND, NOWHERE)).extracting(Actor::code).containsExactly("POLGOV");
  }

  @Test
  void a_domestic_event_is_aimed_at_the_home_country() {
    assertThat(RULE.target(ARREST, POLAND, IN_GEORGIA)).extracting(Actor::code).containsExactly("GEO");
    assertThat(RULE.domestic(ARREST, IN_GEORGIA)).isTrue();
  }

  @Test
  void without_a_home_country_a_domestic_event_has_an_unknown_target_and_an_unnamed_stand_in() {
    assertThat(RULE.target(ARREST, POLAND, NOWHERE)).containsExactly((Actor) null);
    assertThat(RULE.domestic(ARREST, NOWHERE)).isFalse();
    assertThat(ImpliedActors.unnamed(RULE.standIn(NOWHERE))).isTrue();
    assertThat(RULE.target(ARREST, RULE.standIn(NOWHERE), NOWHERE)).isEmpty();
  }

  @Test
  void a_meeting_implies_no_target() {
    EventPattern meeting = pattern("{verb: treffen, cameo: '040'}");
    assertThat(RULE.target(meeting, POLAND, IN_GEORGIA)).isEmpty();
    assertThat(RULE.domestic(meeting, IN_GEORGIA)).isFalse();
  }
}
