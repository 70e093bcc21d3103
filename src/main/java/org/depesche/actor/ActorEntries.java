package org.depesche.actor;

import java.time.LocalDate;
import java.util.List;

/** The records of the actor data files ({@code depesche/actors/de/*.yaml}); the loader rejects unknown keys. */
final class ActorEntries {
  private ActorEntries() {}

  /** A country and the words that name it. */
  record Country(String code, List<String> names, List<String> adjectives, List<String> demonyms,
      List<String> capitals, List<String> seats, List<String> abbreviations, List<String> prefixes) {}

  /** An organisation (with {@code key}) or a national institution (with {@code country}). */
  record Group(String key, String country, String sector, List<String> names) {}

  /** Role words that give an actor's sector. */
  record Role(String sector, boolean person, List<String> words, List<String> suffixes) {}

  /** A person and the offices held. */
  record Person(String id, List<String> names, String country, String org, List<Term> roles) {}

  /** One office held from {@code from} to {@code until} (inclusive; null while in office). */
  record Term(String sector, String office, LocalDate from, LocalDate until, String org, String country) {
    boolean covers(LocalDate day) {
      return from != null && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
  }
}
