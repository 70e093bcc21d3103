package org.depesche.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * The scan of one sentence for {@link ActorFinder}, left to right: dictionary names, roles with their country or
 * office holder, appositions that introduce names, possessives, "beide Seiten", and names only NER knows. It
 * reads and extends the article's state: the names introduced so far and the mentions of earlier sentences.
 */
final class SentenceScan {
  private static final java.util.Set<String> POSSESSIVE = java.util.Set.of("sein", "seine", "seines", "seinem",
      "seinen", "seiner", "ihr", "ihre", "ihres", "ihrem", "ihren", "ihrer");

  private final ActorLexicon lexicon;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final List<String> words;
  private final LocalDate date;
  private final String home;
  private final Map<String, Actor> introduced;
  private final List<List<ActorMention>> earlier;
  private final List<ActorMention> found = new ArrayList<>();

  SentenceScan(ActorLexicon lexicon, Sentence sentence, LocalDate date, String home, Map<String, Actor> introduced,
      List<List<ActorMention>> earlier) {
    this.lexicon = lexicon;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.words = sentence.tokens().stream().map(Token::word).toList();
    this.date = date;
    this.home = home;
    this.introduced = introduced;
    this.earlier = earlier;
  }

  List<ActorMention> run() {
    int i = 0;
    while (i < tokens.size()) {
      i = Math.max(i + 1, step(i));
    }
    resolveTrailingAppositions();
    dropPartyAffiliations();
    return found;
  }

  /** "Guido Westerwelle (FDP)": a party in brackets after a person is the person's, not a second actor. */
  private void dropPartyAffiliations() {
    for (int n = found.size() - 1; n > 0; n--) {
      ActorMention party = found.get(n);
      ActorMention before = found.get(n - 1);
      boolean bracketed = party.first() > 0 && party.last() + 1 < tokens.size()
          && words.get(party.first() - 1).equals("(") && words.get(party.last() + 1).equals(")");
      if ("PTY".equals(party.actor().sector()) && bracketed && before.person()
          && before.last() == party.first() - 2) {
        found.remove(n);
      }
    }
  }

  /**
   * "Ahmed al-Assadi, ein Sprecher der PMF", "X, der Außenminister Perus": a name no dictionary knows takes the
   * identity of the role in apposition right after it, here and for the rest of the article.
   */
  private void resolveTrailingAppositions() {
    for (int n = 0; n + 1 < found.size(); n++) {
      ActorMention name = found.get(n);
      ActorMention role = found.get(n + 1);
      int gap = role.first() - name.last();
      boolean comma = name.last() + 1 < tokens.size() && words.get(name.last() + 1).equals(",");
      if (name.actor().key() == null && name.person() && comma && gap >= 2 && gap <= 3
          && role.actor().key() != null && role.actor().sector() != null && role.actor().name() == null) {
        Actor a = name.actor();
        Actor resolved = new Actor(a.text(), a.name(), role.actor().country(), role.actor().org(),
            role.actor().sector());
        found.set(n, new ActorMention(name.first(), name.last(), resolved, true,
            "unknown name, identity from the role in apposition after it"));
        for (int t = name.first(); t <= name.last(); t++) {
          introduced.put(words.get(t), resolved);
        }
      }
    }
  }

  /** Reads the actor starting at token {@code i}, if any; returns the index after it. */
  private int step(int i) {
    Optional<ActorLexicon.Entry> entry = lexicon.longestMatch(words, i);
    if (entry.isPresent()) {
      return dictionaryMention(i, entry.get());
    }
    Actor known = introducedAs(words.get(i));
    if (known != null && tokens.get(i).isPos("PROPN", "NOUN", "X")) {
      int last = i;
      while (last + 1 < tokens.size() && introducedAs(words.get(last + 1)) == known) {
        last++;
      }
      add(i, last, known.withText(sentence.textOf(i, last, sentence.begin())), true,
          "introduced earlier in the article with its role");
      return last + 1;
    }
    String word = words.get(i);
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && hyphen < word.length() - 1) {
      Optional<ActorLexicon.Entry> prefix = lexicon.longestMatch(List.of(word.substring(0, hyphen)), 0);
      Optional<ActorLexicon.RoleWord> role = lexicon.role(capitalised(word.substring(hyphen + 1)));
      if (prefix.isPresent() && role.isPresent() && prefix.get().kind() != ActorLexicon.Kind.PERSON) {
        ActorLexicon.Entry p = prefix.get();
        return roleMention(i, i, p.country(), p.org(), role.get());
      }
    }
    if (lexicon.isBoth(word) && i + 1 < tokens.size() && lexicon.isPairWord(words.get(i + 1))) {
      return bothMention(i);
    }
    if (word.equalsIgnoreCase("ihre") && i + 1 < tokens.size() && lexicon.isPairWord(words.get(i + 1))
        && !lexicon.isBoth(words.get(i + 1))) {
      return bothMention(i); // "Deutschland und Frankreich ..., dass ihre Länder ...": the two named last
    }
    if (POSSESSIVE.contains(word.toLowerCase(java.util.Locale.ROOT)) && i + 1 < tokens.size()) {
      Optional<ActorLexicon.RoleWord> owned = lexicon.role(words.get(i + 1));
      String possessor = recentMentions().stream().map(m -> m.actor().country()).filter(c -> c != null)
          .findFirst().orElse(null);
      if (possessor != null && lexicon.isOwnCountryWord(words.get(i + 1))) {
        // "Fillon erklärte, sein Land plane ...": the country of whoever was named last
        add(i, i + 1, new Actor(sentence.textOf(i, i + 1, sentence.begin()), null, possessor, null, null), false,
            "possessive: the country of the actor named before it");
        return i + 2;
      }
      if (possessor != null && owned.isPresent() && tokens.get(i + 1).isPos("NOUN")) {
        return roleMention(i, i + 1, possessor, null, owned.get()); // "seine Regierung", "ihre Armee"
      }
    }
    Optional<ActorLexicon.RoleWord> role = lexicon.role(word);
    if (role.isPresent() && tokens.get(i).isPos("NOUN", "PROPN")) {
      return roleMention(i, i, lexicon.compoundCountry(word), null, role.get());
    }
    String ner = tokens.get(i).ner();
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
      int last = i;
      while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(ner)
          && lexicon.longestMatch(words, last + 1).isEmpty()) {
        last++;
      }
      String name = sentence.textOf(i, last, sentence.begin());
      add(i, last, new Actor(name, name, null, null, null), ner.equals("PERSON"),
          "only the named-entity recogniser knows it (" + ner + "): no country or organisation");
      return last + 1;
    }
    return i + 1;
  }

  private int dictionaryMention(int i, ActorLexicon.Entry e) {
    int last = i + e.words().size() - 1;
    String text = sentence.textOf(i, last, sentence.begin());
    switch (e.kind()) {
      case PERSON -> {
        add(i, last, ActorLexicon.personActor(e, text, date), true, lexicon.describe(e, date));
        return last + 1;
      }
      case ADJECTIVE -> {
        // "der südkoreanische Präsident", "die japanische Premierministerin Sanae Takaichi"
        int j = last + 1;
        // "des deutschen Technischen Hilfswerks": adjectives in a name are tagged as proper nouns
        while (j < tokens.size() && (tokens.get(j).isPos("ADJ") || tokens.get(j).isPos("PROPN")
            && tokens.get(j).rel().equals("amod")) && lexicon.longestMatch(words, j).isEmpty()) {
          j++;
        }
        if (j < tokens.size()) {
          Optional<ActorLexicon.RoleWord> role = lexicon.role(words.get(j));
          if (role.isPresent() && tokens.get(j).isPos("NOUN", "PROPN")) {
            return roleMention(i, j, e.country(), null, role.get());
          }
          // Places keep their own mention: "die ukrainische Stadt X" is where, not who.
          int nameEnd = tokens.get(j).isPos("NOUN") && j + 1 < tokens.size()
              && !tokens.get(j + 1).ner().equals("LOCATION") ? apposedName(j + 1) : -1;
          if (nameEnd > j && lexicon.longestMatch(words, j + 1).isEmpty() && !introduced.containsKey(words.get(j + 1))) {
            // "der russische Oligarch Oleg Deripaska": a name no dictionary knows takes the adjective's country
            String name = sentence.textOf(j + 1, nameEnd, sentence.begin());
            Actor a = new Actor(sentence.textOf(i, nameEnd, sentence.begin()), name, e.country(), null, null);
            for (int n = j + 1; n <= nameEnd; n++) {
              introduced.put(words.get(n), a);
            }
            add(i, nameEnd, a, tokens.get(j + 1).ner().equals("PERSON"),
                "unknown name, country from the adjective before it (" + e.country() + ")");
            return nameEnd + 1;
          }
        }
        add(i, last, new Actor(text, null, e.country(), null, null), false, "country adjective");
        return last + 1;
      }
      case COUNTRY -> {
        // "Russlands Außenminister Lawrow"
        int j = last + 1;
        if (words.get(last).endsWith("s") && j < tokens.size()) {
          Optional<ActorLexicon.RoleWord> role = lexicon.role(words.get(j));
          if (role.isPresent()) {
            return roleMention(i, j, e.country(), null, role.get());
          }
        }
        add(i, last, new Actor(text, null, e.country(), null, null), false, "country name");
        return last + 1;
      }
      default -> {
        if (e.words().size() == 1 && lexicon.offices().namesOffice(text)) {
          Optional<Named> named = namedAfterRole(i, last + 1, e.country(), e.org(),
              former(i, i) ? "ELI" : e.sector());
          if (named.isPresent()) {
            add(i, named.get().end(), named.get().actor(), true, named.get().how());
            return named.get().end() + 1;
          }
        }
        // "der Kremlchef" names an office: its holder on the article's date
        Optional<Actor> holder = e.words().size() == 1 && !former(i, i)
            ? lexicon.offices().holder(text, e.country() != null ? e.country() : e.org(), date, text) : Optional.empty();
        if (e.words().size() == 1 && former(i, i) && lexicon.offices().namesOffice(text)) {
          add(i, last, new Actor(text, null, e.country(), e.org(), "ELI"), true, "a former holder of the office (ELI)");
          return last + 1;
        }
        // An institution entry may group several bodies (the German parties): its words are its name.
        String name = e.kind() == ActorLexicon.Kind.INSTITUTION ? text : e.name();
        add(i, last, holder.orElse(new Actor(text, name, e.country(), e.org(), e.sector())), holder.isPresent(),
            holder.isPresent() ? "office, held on " + date + " by " + holder.get().name()
                : e.kind().name().toLowerCase(java.util.Locale.ROOT) + " in the dictionary");
        return last + 1;
      }
    }
  }

  /**
   * A role word at {@code roleAt} (the mention starting at {@code first}), with its country or organisation if
   * already known. Looks right for a genitive country ("der Präsident der Ukraine") and for a name in
   * apposition; a person's role with nothing else is taken to be the last person named in that role.
   */
  private int roleMention(int first, int roleAt, String country, String org, ActorLexicon.RoleWord role) {
    int last = roleAt;
    int j = roleAt + 1;
    if (country == null && org == null && j < tokens.size()) {
      // "der Präsident der Ukraine", "Außenminister Nordkoreas", "die Regierungen von Deutschland und Frankreich"
      boolean linked = tokens.get(j).isPos("DET") || words.get(j).equals("von");
      int k = linked ? j + 1 : j;
      if (k < tokens.size()) {
        Optional<ActorLexicon.Entry> gen = lexicon.longestMatch(words, k);
        if (gen.isPresent() && gen.get().kind() != ActorLexicon.Kind.PERSON
            && (linked || words.get(k).endsWith("s"))) {
          country = gen.get().country();
          org = gen.get().org();
          last = k + gen.get().words().size() - 1;
          j = last + 1;
        }
      }
    }
    boolean former = former(first, roleAt);
    Actor actor = null;
    String how = null;
    Optional<Named> named = namedAfterRole(first, j, country, org, former ? "ELI" : role.sector());
    if (named.isPresent()) {
      actor = named.get().actor();
      how = named.get().how();
      last = named.get().end();
    }
    String text = sentence.textOf(first, last, sentence.begin());
    if (actor == null && country == null && org == null && role.person()) {
      actor = earlierPerson(role.sector()).map(a -> a.withText(text)).orElse(null);
      how = actor == null ? null : "role word pointing back to the last " + role.sector() + " person named";
    }
    if (actor == null && role.person() && !former) {
      actor = lexicon.offices().holder(words.get(roleAt), country != null ? country : org, date, text).orElse(null);
      how = actor == null ? null : "office of " + actor.key() + ", held on " + date + " by " + actor.name();
    }
    if (actor == null) {
      // "die Polizei" is the home country's; "der Al-Kuds-Führer" belongs to whatever his unknown prefix names.
      boolean foreignCompound = words.get(roleAt).indexOf('-') > 0;
      String speaker = country == null && org == null && !foreignCompound ? speakerCountry(roleAt) : null;
      String fallback = foreignCompound ? null : speaker != null ? speaker : home;
      actor = new Actor(text, null, country == null && org == null ? fallback : country, org,
          former ? "ELI" : role.sector());
      how = country != null || org != null ? "role word (" + role.sector() + ") of " + actor.key()
          + (former ? ", a former holder (ELI)" : "")
          : actor.key() == null ? "role word (" + role.sector() + ") with no country"
          : speaker != null ? "role word (" + role.sector() + ") with no country, in what a speaker of "
              + speaker + " says: the speaker's country"
          : "role word (" + role.sector() + ") with no country: the article's home country " + home;
    }
    add(first, last, actor, role.person(), how);
    return last + 1;
  }

  /** A person named right after a role word, the token after the name's end, and how it was resolved. */
  private record Named(int end, Actor actor, String how) {}

  /**
   * The person a role introduces by name: "US-Präsident Ronald Reagan", "Premierministerin Sanae Takaichi", "der
   * frühere Außenminister der Vereinigten Staaten, George Shultz,". The name wins over the office's holder on the
   * article's date; a name no dictionary knows takes the role's country and sector here and for the rest of the
   * article.
   */
  private Optional<Named> namedAfterRole(int first, int j, String country, String org, String sector) {
    int start = j;
    if (j + 1 < tokens.size() && words.get(j).equals(",")) {
      start = j + 1; // only a name closed by a comma or the sentence's end: "sagte der Präsident, Putin sei ..."
    }
    int nameEnd = start < tokens.size() ? apposedName(start) : -1;
    if (nameEnd < start || start > j && nameEnd + 1 < tokens.size() && !words.get(nameEnd + 1).matches("[,.;)]")) {
      return Optional.empty();
    }
    String text = sentence.textOf(first, nameEnd, sentence.begin());
    Optional<ActorLexicon.Entry> person = lexicon.longestMatch(words, start);
    if (introduced.containsKey(words.get(start))) {
      return Optional.of(new Named(nameEnd, introduced.get(words.get(start)).withText(text),
          "role and a name introduced earlier in the article"));
    }
    if (person.isPresent() && person.get().kind() == ActorLexicon.Kind.PERSON) {
      return Optional.of(new Named(nameEnd, ActorLexicon.personActor(person.get(), text, date),
          lexicon.describe(person.get(), date)));
    }
    if (country == null && org == null) {
      return Optional.empty();
    }
    String name = sentence.textOf(start, nameEnd, sentence.begin());
    Actor actor = new Actor(text, name, country, org, sector);
    for (int n = start; n <= nameEnd; n++) {
      introduced.put(words.get(n), actor);
    }
    return Optional.of(new Named(nameEnd, actor,
        "unknown name introduced by its role: " + (country != null ? country : org) + " " + sector));
  }

  /** The actor a name was introduced as, also in the genitive ("Reagans" after "Ronald Reagan"). */
  private Actor introducedAs(String word) {
    Actor a = introduced.get(word);
    if (a == null && word.length() > 3 && word.endsWith("s")) {
      a = introduced.get(word.substring(0, word.length() - 1));
    }
    return a;
  }

  /**
   * "Westerwelle erklärte, die Regierung erkenne an, ...": a role word with no country that is the subject of what
   * a speaker says belongs to the speaker's country, not the article's. Null when it is not such a subject.
   */
  private String speakerCountry(int roleAt) {
    Token role = tokens.get(roleAt);
    if (!sentence.parsed() || !role.rel().equals("nsubj") || role.head() < 0) {
      return null;
    }
    Token clause = tokens.get(role.head());
    if (!clause.rel().equals("ccomp") || clause.head() < 0) {
      return null;
    }
    for (Token subj : sentence.children(clause.head(), "nsubj")) {
      for (ActorMention m : found) {
        if (m.covers(subj.index()) && m.person() && m.actor().country() != null) {
          return m.actor().country();
        }
      }
    }
    return null;
  }

  /** "der frühere Präsident", "Ex-Kanzler": the role's holder has left office. */
  private boolean former(int first, int roleAt) {
    return first > 0 && lexicon.offices().isFormer(words.get(first - 1))
        || words.get(roleAt).regionMatches(true, 0, "Ex-", 0, 3);
  }

  /** The end of a proper name right after a role word ("Premierministerin Sanae Takaichi"), or -1. */
  private int apposedName(int j) {
    int end = -1;
    for (int k = j; k < tokens.size() && k < j + 4; k++) {
      Token t = tokens.get(k);
      boolean nameLike = t.isPos("PROPN") || (t.isPos("NOUN", "X") && !t.ner().equals("O"));
      Optional<ActorLexicon.Entry> e = lexicon.longestMatch(words, k);
      if (!nameLike || (e.isPresent() && e.get().kind() != ActorLexicon.Kind.PERSON)
          || lexicon.role(t.word()).isPresent()) {
        break;
      }
      end = k;
    }
    return end;
  }

  /** "die beiden Länder", "beide Seiten", "ihre Länder": one mention for each of the last two actors named. */
  private int bothMention(int i) {
    List<Actor> two = new ArrayList<>();
    for (ActorMention m : recentMentions()) {
      Actor a = m.actor();
      if (two.size() < 2 && a.key() != null && two.stream().noneMatch(t -> t.key().equals(a.key()))) {
        two.add(a);
      }
    }
    String text = sentence.textOf(i, i + 1, sentence.begin());
    if (two.size() == 2) {
      for (Actor a : two) {
        add(i, i + 1, a.withText(text), false, "one of the two actors named last");
      }
    }
    return i + 2;
  }

  private Optional<Actor> earlierPerson(String sector) {
    for (ActorMention m : recentMentions()) {
      if (m.person() && m.actor().key() != null && sector.equals(m.actor().sector())) {
        return Optional.of(m.actor());
      }
    }
    return Optional.empty();
  }

  /** The mentions of this sentence so far and of the five before it, the latest first. */
  private List<ActorMention> recentMentions() {
    List<ActorMention> out = new ArrayList<>();
    for (int i = found.size() - 1; i >= 0; i--) {
      out.add(found.get(i));
    }
    for (int s = earlier.size() - 1; s >= 0 && s >= earlier.size() - 5; s--) {
      List<ActorMention> ms = earlier.get(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        out.add(ms.get(i));
      }
    }
    return out;
  }

  private void add(int first, int last, Actor actor, boolean person, String how) {
    found.add(new ActorMention(first, last, actor, person, how));
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
