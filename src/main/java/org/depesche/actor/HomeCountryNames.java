package org.depesche.actor;

import java.util.List;
import java.util.Set;

/**
 * "Andreas Khol kritisierte die FPÖ", "Die Schutzgemeinschaft der Kapitalanleger forderte ...": a person or
 * organisation no dictionary knows, and nothing around names the country of, is taken to be of the article's home
 * country, the way a reader of a domestic report takes the people and bodies it names without saying whose they are.
 * Without it, most people in domestic news have no side and their acts no event.
 * Only where the home country is one whose own news is in the article's language: reports from abroad introduce
 * their people, and one they do not is more often foreign to the home country than not. The last pass, so that a
 * role, an apposition or a party in brackets is heard first.
 */
final class HomeCountryNames implements MentionPass {
  private final Set<String> pressCountries;

  /** @param pressCountries the countries whose own news is in the language, by ISO 3166 alpha-3 code */
  HomeCountryNames(Set<String> pressCountries) {
    this.pressCountries = Set.copyOf(pressCountries);
  }

  @Override
  public void apply(ScanState s) {
    if (s.home() == null || !pressCountries.contains(s.home())) {
      return;
    }
    List<ActorMention> found = s.found();
    for (int n = 0; n < found.size(); n++) {
      ActorMention m = found.get(n);
      Actor a = m.actor();
      if (a.name() != null && a.country() == null && a.org() == null && (m.person() || a.sector() == null)) {
        found.set(n, new ActorMention(m.first(), m.last(), new Actor(a.text(), a.name(), s.home(), null, a.sector()),
            m.person(), m.how() + "; a name no dictionary places: the article's home country " + s.home()));
      }
    }
  }
}
