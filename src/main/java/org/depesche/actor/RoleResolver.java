package org.depesche.actor;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.depesche.nlp.Token;

/**
 * Who a role word names ("der Präsident der Ukraine", "Außenminister Nordkoreas", "die Polizei"), once a recogniser
 * has found the word and whatever country or organisation came with it. Shared by the recognisers of country
 * adjectives, genitive countries, hyphenated roles, possessives and plain role words.
 */
final class RoleResolver {
  /** Words after a role word that say where its holder comes from or is. */
  private static final Set<String> ORIGIN = Set.of("aus", "in");
  /** What such a word may lead to: places, not organisations ("Abgeordnete in der EU" are no EU actor). */
  private static final Set<ActorLexicon.Kind> PLACES = EnumSet.of(ActorLexicon.Kind.COUNTRY,
      ActorLexicon.Kind.CAPITAL, ActorLexicon.Kind.PLACE);
  private final ActorLexicon lexicon;
  private final ApposedNames names;

  RoleResolver(ActorLexicon lexicon, ApposedNames names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  /**
   * Adds the mention of a role word at {@code roleAt} (the mention starting at {@code first}), with its country or
   * organisation if already known. Looks right for a genitive country ("der Präsident der Ukraine") and for a name
   * in apposition; a person's role with nothing else is taken to be the last person named in that role.
   *
   * @return the index after the mention
   */
  int read(ScanState s, int first, int roleAt, String country, String org, ActorLexicon.RoleWord role) {
    int last = roleAt;
    int j = roleAt + 1;
    if (country == null && org == null && j < s.size()) {
      // "der Präsident der Ukraine", "Außenminister Nordkoreas", "die Regierungen von Deutschland und Frankreich";
      // where someone comes from or is: "ein Schlepper aus Ungarn", "Anwohner in Heidenau", "die Polizei in Köln"
      boolean origin = ORIGIN.contains(s.word(j));
      boolean linked = s.token(j).isPos("DET") || s.word(j).equals("von") || origin;
      int k = linked ? j + 1 : j;
      if (origin && k + 1 < s.size() && s.token(k).isPos("DET")) {
        k++; // "aus der Türkei", "in der Schweiz"
      }
      if (k < s.size()) {
        Optional<ActorLexicon.Entry> gen = lexicon.longestMatch(s.words(), k);
        if (gen.isPresent() && gen.get().kind() != ActorLexicon.Kind.PERSON
            && (!origin || PLACES.contains(gen.get().kind()))
            && (linked || s.word(k).endsWith("s"))) {
          country = gen.get().country();
          org = gen.get().org();
          last = k + gen.get().words().size() - 1;
          j = last + 1;
        }
      }
    }
    boolean former = former(s, first, roleAt);
    Actor actor = null;
    String how = null;
    Optional<ApposedNames.Named> named = names.after(s, first, j, country, org, former ? "ELI" : role.sector());
    if (named.isPresent()) {
      actor = named.get().actor();
      how = named.get().how();
      last = named.get().end();
    }
    String text = s.text(first, last);
    if (actor == null && country == null && org == null && role.person()) {
      actor = earlierPerson(s, role.sector()).map(a -> a.withText(text)).orElse(null);
      how = actor == null ? null : "role word pointing back to the last " + role.sector() + " person named";
    }
    if (actor == null && role.person() && !former) {
      actor = lexicon.offices().holder(s.word(roleAt), country != null ? country : org, s.date(), text).orElse(null);
      how = actor == null ? null : "office of " + actor.key() + ", held on " + s.date() + " by " + actor.name();
    }
    if (actor == null) {
      // "die Polizei" is the home country's; "der Al-Kuds-Führer" belongs to whatever his unknown prefix names.
      boolean foreignCompound = s.word(roleAt).indexOf('-') > 0;
      String speaker = country == null && org == null && !foreignCompound ? speakerCountry(s, roleAt) : null;
      String fallback = foreignCompound ? null : speaker != null ? speaker : s.home();
      actor = new Actor(text, null, country == null && org == null ? fallback : country, org,
          former ? "ELI" : role.sector());
      how = country != null || org != null ? "role word (" + role.sector() + ") of " + actor.key()
          + (former ? ", a former holder (ELI)" : "")
          : actor.key() == null ? "role word (" + role.sector() + ") with no country"
          : speaker != null ? "role word (" + role.sector() + ") with no country, in what a speaker of "
              + speaker + " says: the speaker's country"
          : "role word (" + role.sector() + ") with no country: the article's home country " + s.home();
    }
    s.add(first, last, actor, role.person(), how);
    return last + 1;
  }

  /** "der frühere Präsident", "Ex-Kanzler": the role's holder has left office. */
  boolean former(ScanState s, int first, int roleAt) {
    return first > 0 && lexicon.offices().isFormer(s.word(first - 1))
        || s.word(roleAt).regionMatches(true, 0, "Ex-", 0, 3);
  }

  /**
   * "Westerwelle erklärte, die Regierung erkenne an, ...": a role word with no country that is the subject of what
   * a speaker says belongs to the speaker's country, not the article's. Null when it is not such a subject.
   */
  private static String speakerCountry(ScanState s, int roleAt) {
    Token role = s.token(roleAt);
    if (!s.sentence().parsed() || !role.rel().equals("nsubj") || role.head() < 0) {
      return null;
    }
    Token clause = s.token(role.head());
    if (!clause.rel().equals("ccomp") || clause.head() < 0) {
      return null;
    }
    for (Token subj : s.sentence().children(clause.head(), "nsubj")) {
      for (ActorMention m : s.found()) {
        if (m.covers(subj.index()) && m.person() && m.actor().country() != null) {
          return m.actor().country();
        }
      }
    }
    return null;
  }

  private static Optional<Actor> earlierPerson(ScanState s, String sector) {
    for (ActorMention m : s.recent()) {
      if (m.person() && m.actor().key() != null && sector.equals(m.actor().sector())) {
        return Optional.of(m.actor());
      }
    }
    return Optional.empty();
  }
}
