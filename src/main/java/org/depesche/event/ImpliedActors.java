package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ArticleActors;

/**
 * Actors the {@link CodingPolicy} supplies where the text names none, all of them the article's home country (the
 * country it names most): the target of a protest is its government ("Tausende protestierten in Tiflis"), the target
 * of a domestic event of yielding or conflict is the country ("Die Regierung wies die Vorwürfe zurück"), and so is
 * the agent of such an event in the passive ("Elf Gefängnisangestellte sind festgenommen worden").
 */
final class ImpliedActors {
  private final CodingPolicy.Roots roots;

  ImpliedActors(CodingPolicy.Roots roots) {
    this.roots = roots;
  }

  /** Whether the pattern's events are domestic and the article has a home country to be their missing side. */
  boolean domestic(EventPattern p, ArticleActors actors) {
    return roots.domestic().contains(p.root()) && actors.homeCountry() != null;
  }

  /** Whether the pattern's root is a domestic one, whose agentless passive is the home country's act. */
  boolean domesticRoot(EventPattern p) {
    return roots.domestic().contains(p.root());
  }

  /** Whether an event noun of the pattern's root is an event when told only as having happened ("fand statt"). */
  boolean occurrenceRoot(EventPattern p) {
    return roots.occurred().contains(p.root());
  }

  /**
   * The side that stands in for an unnamed doer: the home country of no particular sector, or an actor of no
   * country, sector or name where the article has no home country.
   */
  Actor standIn(ArticleActors actors) {
    return actors.homeCountry() != null ? homeCountry(actors) : new Actor(null, null, null, null, null);
  }

  /** Whether an actor names nobody: no key and no sector ({@link #standIn} without a home country). */
  static boolean unnamed(Actor a) {
    return a != null && a.key() == null && a.sector() == null;
  }

  /** The home country as an actor of no particular sector; call only where it is known. */
  static Actor homeCountry(ArticleActors actors) {
    return new Actor(null, null, actors.homeCountry(), null, null);
  }

  /**
   * The target a pattern's event without a named target is aimed at: for a protest the government of the home
   * country, else of the source's country, and a null actor where neither is known; for a domestic event the home
   * country; otherwise none.
   */
  List<Actor> target(EventPattern p, Actor source, ArticleActors actors) {
    if (roots.protest().contains(p.root())) {
      String home = actors.homeCountry() != null ? actors.homeCountry() : source.country();
      List<Actor> one = new ArrayList<>();
      one.add(home == null ? null : new Actor(null, null, home, null, "GOV"));
      return one;
    }
    if (domestic(p, actors)) {
      // "Regierungsvertreter wiesen die Vorwürfe zurück", "die EU kritisierte das Verfahren": a conflict whose
      // target is a thing, not an actor, is aimed at the country the article is about.
      return List.of(homeCountry(actors));
    }
    if (domesticRoot(p) && !unnamed(source)) {
      // "Unbekannte beschädigten ein Auto" in a text that names no country: the one harmed stays unknown.
      List<Actor> one = new ArrayList<>();
      one.add(null);
      return one;
    }
    return List.of();
  }
}
