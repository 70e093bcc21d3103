package org.depesche.actor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The records of the actor data files ({@code depesche/actors/de/*.yaml}); the loader rejects unknown keys. */
final class ActorEntries {
  private ActorEntries() {}

  /** A country and the words that name it. */
  record Country(String code, List<String> names, List<String> adjectives, List<String> demonyms,
      List<String> capitals, List<String> seats, List<String> abbreviations, List<String> prefixes,
      @JsonProperty("shared-prefixes") List<String> sharedPrefixes) {}

  /** An organisation (with {@code key}) or a national institution (with {@code country}). */
  record Group(String key, String country, String sector, List<String> names, List<String> also) {}

  /** Role words that give an actor's sector. */
  record Role(String sector, boolean person, List<String> words, List<String> suffixes) {}

  /** Which office role words name ({@code posts.yaml}). */
  record Post(String post, String fallback, List<String> words, List<String> suffixes) {}

  /** A user's file of extra entries ({@code --actors FILE}): any of the bundled files' lists. */
  record Extra(List<Country> countries, List<Group> organisations, List<Group> institutions, List<Person> people,
      List<Role> roles) {}

  /** A person and the offices held. */
  record Person(String id, List<String> names, String country, String org, List<Term> roles) {}

  /**
   * One office held from {@code from} to {@code until} (inclusive; null while in office). {@code post} says which
   * office it is where a role word can name it: HOS, HOG, FM, DM, or HEAD of an organisation.
   */
  record Term(String sector, String post, String office, LocalDate from, LocalDate until, String org,
      String country) {
    boolean covers(LocalDate day) {
      return from != null && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
  }
}
