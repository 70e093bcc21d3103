package org.depesche.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offices one person holds at a time (head of state, head of government, foreign and defence minister, head of an
 * organisation), the role words that name them ({@code posts.yaml}) and who held them when (the {@code post:} of
 * the terms in the people files): "der US-Präsident" on 1 June 2010 is Barack Obama. Filled while the
 * {@link ActorLexicon} loads, read-only afterwards.
 */
public final class Offices {
  private final Set<String> countryPrefixes;
  private final Map<String, ActorEntries.Post> posts = new HashMap<>();
  private final Map<String, List<Map.Entry<ActorEntries.Person, ActorEntries.Term>>> holders = new HashMap<>();
  private final Set<String> formerWords = new HashSet<>();

  /** Offices whose role words may follow any of {@code countryPrefixes} ("Bundes" + "kanzlerin"). */
  Offices(Set<String> countryPrefixes) {
    this.countryPrefixes = countryPrefixes;
  }

  void addPosts(List<ActorEntries.Post> list) {
    for (ActorEntries.Post p : list) {
      for (String w : ActorLexicon.nullToEmpty(p.words())) {
        posts.putIfAbsent(ActorLexicon.norm(w), p);
      }
    }
  }

  void addFormerWords(List<String> words) {
    words.forEach(w -> formerWords.add(ActorLexicon.norm(w)));
  }

  /** Records the terms of {@code p} that hold a post, under the country or organisation they were held for. */
  void addHolder(ActorEntries.Person p) {
    for (ActorEntries.Term t : ActorLexicon.nullToEmpty(p.roles())) {
      String key = t.org() != null ? t.org() : (t.country() != null ? t.country() : p.country());
      if (t.post() != null && key != null) {
        holders.computeIfAbsent(key + "/" + t.post(), k -> new ArrayList<>()).add(Map.entry(p, t));
      }
    }
  }

  /**
   * The person holding the office {@code roleWord} names ("Außenminister", "Bundeskanzlerin", "Kremlchef") for
   * {@code key} (a country or organisation) on {@code day}, as an actor named {@code text}.
   *
   * @return the office holder, or empty when the word names no office or no holder is known for that day
   */
  public Optional<Actor> holder(String roleWord, String key, LocalDate day, String text) {
    if (day == null || key == null) {
      return Optional.empty();
    }
    ActorEntries.Post post = post(roleWord);
    if (post == null) {
      return Optional.empty();
    }
    List<String> asked = post.fallback() == null ? List.of(post.post()) : List.of(post.post(), post.fallback());
    for (String p : asked) {
      for (Map.Entry<ActorEntries.Person, ActorEntries.Term> h : holders.getOrDefault(key + "/" + p, List.of())) {
        if (h.getValue().covers(day)) {
          ActorEntries.Person person = h.getKey();
          ActorEntries.Term t = h.getValue();
          return Optional.of(new Actor(text, person.names().get(0), t.org() != null ? null : key, t.org(),
              t.sector()));
        }
      }
    }
    return Optional.empty();
  }

  /** The office a role word names: a listed word, alone or behind a country prefix ("Bundesaußenminister"). */
  private ActorEntries.Post post(String word) {
    String w = ActorLexicon.norm(word);
    ActorEntries.Post exact = posts.get(w);
    if (exact != null) {
      return exact;
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && posts.containsKey(w.substring(hyphen + 1))) {
      return posts.get(w.substring(hyphen + 1)); // "US-Präsident", "Nato-Generalsekretär"
    }
    for (String prefix : countryPrefixes) {
      String p = ActorLexicon.norm(prefix);
      if (w.startsWith(p) && posts.containsKey(w.substring(p.length()))) {
        return posts.get(w.substring(p.length()));
      }
    }
    return null;
  }

  /** Whether a word names an office one person holds at a time ("Kremlchef", "US-Präsident"). */
  public boolean namesOffice(String word) {
    return post(word) != null;
  }

  /** Whether {@code word} before a role says its holder has left office ("der frühere Präsident"). */
  public boolean isFormer(String word) {
    return formerWords.contains(ActorLexicon.norm(word));
  }
}
