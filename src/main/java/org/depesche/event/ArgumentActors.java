package org.depesche.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.depesche.actor.Actor;

/**
 * What reading an argument found: the actors, and whether any of them was reached through a pronoun ("er" for the
 * last person named, "wir" for a quotation's speaker) rather than named, which makes an event less certain.
 *
 * @param actors   the actors found, in the order found
 * @param indirect whether an actor was found through a pronoun. A read sets it only with actors; a caller that
 *                 drops actors afterwards may keep it ({@link TargetFallbacks#complementSubjects})
 */
record ArgumentActors(List<Actor> actors, boolean indirect) {
  /** Nothing found. */
  static final ArgumentActors NONE = new ArgumentActors(List.of(), false);

  ArgumentActors {
    actors = List.copyOf(actors);
  }

  boolean isEmpty() {
    return actors.isEmpty();
  }

  /** These actors followed by {@code more}'s, indirect if either was. */
  ArgumentActors plus(ArgumentActors more) {
    List<Actor> all = new ArrayList<>(actors);
    all.addAll(more.actors);
    return new ArgumentActors(all, indirect || more.indirect);
  }

  /** The same reading with each actor once, as {@link #dedupe} gives them. */
  ArgumentActors deduped() {
    return new ArgumentActors(dedupe(actors), indirect);
  }

  /**
   * The actors that name someone (a key, or a sector where the article has no country to give them), each code
   * and wording once, in their first order.
   */
  static List<Actor> dedupe(List<Actor> actors) {
    Set<String> seen = new LinkedHashSet<>();
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if ((a.key() != null || a.sector() != null) && seen.add(a.code() + "|" + a.sector() + "|" + a.text())) {
        out.add(a);
      }
    }
    return out;
  }
}
