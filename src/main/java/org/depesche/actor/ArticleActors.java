package org.depesche.actor;

import java.util.List;
import java.util.Optional;

/**
 * The actors found in one article: the mentions of each sentence, in order, and the article's home country
 * (the country it speaks of most), which unnamed domestic actors such as "die Polizei" belong to.
 *
 * @param mentions    per sentence index, the mentions in token order
 * @param homeCountry the country most mentioned, or null
 * @param standIns    per sentence index, nouns that stand for an actor without naming it, by token index
 */
public record ArticleActors(List<List<ActorMention>> mentions, String homeCountry,
    List<java.util.Map<Integer, Actor>> standIns) {
  public ArticleActors {
    mentions = mentions.stream().map(List::copyOf).toList();
    standIns = standIns.stream().map(java.util.Map::copyOf).toList();
  }

  /** Actors with no stand-in nouns recorded. */
  public ArticleActors(List<List<ActorMention>> mentions, String homeCountry) {
    this(mentions, homeCountry, List.of());
  }

  /**
   * The actor a noun at token {@code token} of sentence {@code sentence} stands for without naming it: the prefix
   * of a compound ("US-Luftangriff", "EU-Mission") or whoever made an act told before ("den Vorstoß"). Not a
   * mention: such a noun names a thing of that actor, so it stands for the actor only where an event's argument
   * is nothing else.
   */
  public java.util.Optional<Actor> standInAt(int sentence, int token) {
    return sentence < standIns.size() ? java.util.Optional.ofNullable(standIns.get(sentence).get(token))
        : java.util.Optional.empty();
  }

  /** The mentions of sentence {@code sentence}. */
  public List<ActorMention> in(int sentence) {
    return sentence < mentions.size() ? mentions.get(sentence) : List.of();
  }

  /**
   * The last person mentioned before token {@code token} of sentence {@code sentence}, looking back at most
   * three sentences: what "er", "sie" or "der Präsident" most likely points to.
   */
  public Optional<Actor> lastPersonBefore(int sentence, int token) {
    for (int s = sentence; s >= 0 && s >= sentence - 3; s--) {
      List<ActorMention> ms = in(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        ActorMention m = ms.get(i);
        if (m.person() && m.actor().key() != null && (s < sentence || m.last() < token)) {
          return Optional.of(m.actor());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What a third-person pronoun most likely points to: the last person before it, else the first named actor of
   * the sentence before (German puts the subject first: "Die Opposition ... Sie fordert ...").
   */
  public Optional<Actor> antecedent(int sentence, int token) {
    Optional<Actor> person = lastPersonBefore(sentence, token);
    if (person.isPresent() || sentence == 0) {
      return person;
    }
    return in(sentence - 1).stream().map(ActorMention::actor).filter(a -> a.key() != null).findFirst();
  }

  /** The last actor mentioned before sentence {@code sentence} whose key differs from {@code notKey}. */
  public Optional<Actor> lastOtherBefore(int sentence, String notKey) {
    for (int s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
      List<ActorMention> ms = in(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        Actor a = ms.get(i).actor();
        if (a.key() != null && !a.key().equals(notKey) && a.sector() != null) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }
}
