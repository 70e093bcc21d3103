package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Token;

/**
 * Works out whom an argument word names: its own mention, else the nearest named actors of its phrase, else an
 * actor a noun stands in for; a first-person pronoun in a quotation names the speaker, a third-person one the
 * last person before it. Conjuncts add their own actors.
 */
final class ActorResolver {
  private static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mich", "uns", "mir");
  private static final Set<String> THIRD_PERSON = Set.of("er", "sie", "ihm", "ihn", "ihr", "ihnen");

  private final SentenceMentions mentions;
  private final PhraseActors phrases;
  private final CaseDependents cases;
  private final QuoteLookup quotes;

  ActorResolver(SentenceMentions mentions, QuoteLookup quotes) {
    this.mentions = mentions;
    this.phrases = new PhraseActors(mentions);
    this.cases = new CaseDependents(mentions.sentence());
    this.quotes = quotes;
  }

  /** The actors an argument token names: its own mention, or the mentions of its phrase and its conjuncts. */
  ArgumentActors actorsOf(Token arg) {
    List<Actor> out = new ArrayList<>();
    boolean indirect = false;
    String word = arg.word().toLowerCase(Locale.ROOT);
    if (arg.isPos("PRON", "DET")) {
      QuoteSpan q = quotes.at(arg);
      if (FIRST_PERSON.contains(word) && q != null && q.speaker() != null && q.speaker().key() != null) {
        indirect = true;
        out.add(q.speaker());
      } else if (THIRD_PERSON.contains(word)) {
        Actor antecedent = mentions.antecedent(arg.index()).orElse(null);
        if (antecedent != null) {
          indirect = true;
          out.add(antecedent);
        }
      }
    } else {
      List<ActorMention> own = mentions.covering(arg.index());
      if (!own.isEmpty()) {
        own.forEach(m -> out.add(m.actor()));
        own.forEach(m -> out.addAll(coordinatedHolders(m)));
      } else {
        out.addAll(phrases.nearest(arg.index()));
      }
      if (out.isEmpty()) {
        mentions.standInAt(arg.index()).ifPresent(out::add); // "den US-Luftangriff", "den Vorstoß"
      }
      for (Token gen : out.isEmpty() ? cases.genitives(arg) : List.<Token>of()) {
        mentions.standInAt(gen.index()).ifPresent(out::add); // "eine Änderung der EU-Verträge"
      }
    }
    ArgumentActors found = new ArgumentActors(out, indirect);
    for (Token c : mentions.sentence().children(arg.index(), "conj")) {
      found = found.plus(actorsOf(c));
    }
    return found.deduped();
  }

  /**
   * "Die Außenminister Russlands und der Ukraine", "die Regierungen von Deutschland und Frankreich": a role word
   * with coordinated countries names a holder of the role in each. The mention covers the role and the first country;
   * the others are bare countries coordinated with a word inside it, and take the role's sector.
   */
  private List<Actor> coordinatedHolders(ActorMention m) {
    List<Actor> out = new ArrayList<>();
    if (m.actor().sector() == null || m.first() == m.last()) {
      return out;
    }
    for (int i = m.first(); i <= m.last(); i++) {
      for (Token c : mentions.sentence().children(i, "conj")) {
        if (m.covers(c.index())) {
          continue;
        }
        for (ActorMention other : mentions.covering(c.index())) {
          Actor a = other.actor();
          if (a.country() != null && a.org() == null && a.sector() == null) {
            out.add(new Actor(a.text(), null, a.country(), null, m.actor().sector()));
          }
        }
      }
    }
    return out;
  }
}
