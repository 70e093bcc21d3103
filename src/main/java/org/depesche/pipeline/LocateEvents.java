package org.depesche.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.event.Event;
import org.depesche.nlp.Sentence;
import org.depesche.place.Locator;
import org.depesche.place.PlaceMention;

/**
 * Gives each event the place it happened ({@link Locator}). Countries are found as actors; one counts as a place
 * where a word of place governs it ("in Georgien"), since "Georgien kritisierte" names a government, not a place.
 */
public final class LocateEvents implements Stage<CodedArticle, CodedArticle> {
  private final Locator locator;

  public LocateEvents(Locator locator) {
    this.locator = locator;
  }

  @Override
  public CodedArticle apply(CodedArticle in) {
    if (in.events().isEmpty()) {
      return in;
    }
    Locator.ArticlePlaces places = locator.read(in.sentences(), countries(in), in.actors().homeCountry());
    return in.withEvents(in.events().stream().map(e -> e.withLocation(places.of(e.sentence(), e.triggerAt(),
        Arrays.asList(country(e.source()), e.target() == null ? null : country(e.target()))))).toList());
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }

  private List<PlaceMention> countries(CodedArticle in) {
    List<PlaceMention> out = new ArrayList<>();
    for (Sentence s : in.sentences()) {
      for (ActorMention m : in.actors().in(s.index())) {
        // A country's name, not its adjective: "in der pakistanischen Stadt Quetta" puts it in Quetta.
        if (m.actor().country() != null && m.actor().sector() == null && m.actor().org() == null && !m.person()
            && Character.isUpperCase(s.token(m.first()).word().charAt(0))
            && locator.finder().cueBefore(s.tokens(), m.first()) == PlaceMention.Cue.AT) {
          out.add(PlaceMention.ofCountry(s.index(), m.first(), m.last(), s.textOf(m.first(), m.last(), s.begin()),
              m.actor().country(), PlaceMention.Cue.AT));
        }
      }
    }
    return out;
  }
}
