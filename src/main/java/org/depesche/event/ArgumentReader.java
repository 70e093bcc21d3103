package org.depesche.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Reads the actors that fill a trigger's argument roles ({@code subj}, {@code obj}, {@code obl:mit}, ...) in a
 * parsed sentence, following coordination, the passive, relative pronouns and personal pronouns.
 */
final class ArgumentReader {
  private static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mich", "uns", "mir");
  private static final Set<String> THIRD_PERSON = Set.of("er", "sie", "ihm", "ihn", "ihr", "ihnen");
  /** Pronouns that can be a subject: the only ones the parser's object may stand for when a verb lacks one. */
  private static final Set<String> NOMINATIVE = Set.of("er", "sie", "ich", "wir");
  /** Clauses inside an argument whose actors belong to another event. */
  private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj");

  private final Sentence sentence;
  private final List<ActorMention> mentions;
  private final ArticleActors actors;
  private final List<QuoteSpan> quotes;
  private final boolean transitive;
  /** Whether an actor was found by a pronoun or a fallback rather than named in the argument. */
  private boolean indirect;

  /**
   * @param transitive whether the pattern read takes a direct object: only then can a participle with "sein" be
   *                   a passive
   */
  ArgumentReader(Sentence sentence, ArticleActors actors, List<QuoteSpan> quotes, boolean transitive) {
    this.transitive = transitive;
    this.sentence = sentence;
    this.mentions = actors.in(sentence.index());
    this.actors = actors;
    this.quotes = quotes;
  }

  Sentence sentence() {
    return sentence;
  }

  List<ActorMention> mentions() {
    return mentions;
  }

  boolean usedIndirectReference() {
    return indirect;
  }

  /** The actors in the first of {@code roles} that has any. */
  List<Actor> read(Token trigger, List<String> roles) {
    for (String role : roles) {
      List<Actor> found = new ArrayList<>();
      for (Token arg : arguments(trigger, role)) {
        found.addAll(actorsOf(arg));
      }
      if (!found.isEmpty()) {
        return dedupe(found);
      }
    }
    return List.of();
  }

  /** The tokens that fill {@code role} of {@code trigger}. */
  List<Token> arguments(Token trigger, String role) {
    boolean passive = isPassive(trigger);
    String rel = role.contains(":") ? role.substring(0, role.indexOf(':')) : role;
    String prep = role.contains(":") ? role.substring(role.indexOf(':') + 1) : null;
    return switch (rel) {
      case "subj" -> passive ? withCase(trigger, "obl", Set.of("von", "durch")) : subjects(trigger, true);
      case "obj" -> passive ? sentence.children(trigger.index(), "nsubj") : objects(trigger);
      case "iobj" -> sentence.children(trigger.index(), "iobj");
      case "obl", "nmod" -> withCase(trigger, rel, Set.of(prep));
      case "gen" -> genitives(trigger);
      default -> throw new IllegalArgumentException("unknown role " + role);
    };
  }

  /**
   * The subjects of an active verb. The parser sometimes gives a verb two subjects ("das Kinderhilfswerk rief
   * Russland auf"); then the first is the subject and the others are objects.
   */
  private List<Token> subjects(Token verb, boolean first) {
    List<Token> all = sentence.children(verb.index(), "nsubj");
    Token pronounSubject = subjectTakenForObject(verb);
    if (pronounSubject != null && all.size() == 1 && isThing(all.get(0))) {
      // "Eine Änderung der EU-Verträge strebt sie an": object first, the parser took it for the subject
      return first ? List.of(pronounSubject) : all;
    }
    if (all.isEmpty()) {
      Token pronoun = subjectTakenForObject(verb);
      return first && pronoun != null ? List.of(pronoun) : List.of();
    }
    if (all.size() < 2) {
      return first ? all : List.of();
    }
    return first ? all.subList(0, 1) : all.subList(1, all.size());
  }

  /** A common noun that names no actor, not even by standing in for one: something that cannot act. */
  private boolean isThing(Token t) {
    return t.isPos("NOUN") && mentionsCovering(t.index()).isEmpty()
        && actors.standInAt(sentence.index(), t.index()).isEmpty();
  }

  /**
   * "in der sie dem Präsidenten gratulierte": a verb without a subject whose object is a personal pronoun that can
   * be nominative; the parser took the subject for the object.
   */
  private Token subjectTakenForObject(Token verb) {
    for (Token o : sentence.children(verb.index(), "obj")) {
      if (o.isPos("PRON") && NOMINATIVE.contains(o.word().toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    return null;
  }

  private List<Token> objects(Token verb) {
    // A second subject is an object the parser mislabelled, even beside an object ("„Status“" taken for one).
    List<Token> objs = new ArrayList<>(sentence.children(verb.index(), "obj"));
    List<Token> subjects = sentence.children(verb.index(), "nsubj");
    if (subjects.isEmpty() || subjects.size() == 1 && isThing(subjects.get(0))) {
      objs.remove(subjectTakenForObject(verb));
    }
    objs.addAll(subjects(verb, false));
    if (objs.isEmpty()) {
      objs.addAll(objectTakenForApposition(verb));
    }
    if (objs.isEmpty()) {
      objs.addAll(freeRelativeSubjects(verb));
    }
    return objs;
  }

  /**
   * "weil die US-Regierung Georgien als … bezeichnet hat": the parser made the object an apposition of the subject.
   * An apposition names the subject again, so one naming another actor is the object.
   */
  private List<Token> objectTakenForApposition(Token verb) {
    List<Token> out = new ArrayList<>();
    for (Token subj : sentence.children(verb.index(), "nsubj")) {
      List<ActorMention> subject = mentionsCovering(subj.index());
      for (Token ap : sentence.children(subj.index(), "appos")) {
        List<ActorMention> other = mentionsCovering(ap.index());
        boolean differs = !subject.isEmpty() && !other.isEmpty() && subject.stream().noneMatch(
            m -> other.stream().anyMatch(o -> java.util.Objects.equals(o.actor().key(), m.actor().key())));
        if (ap.isPos("PROPN") && differs) {
          out.add(ap);
        }
      }
    }
    return out;
  }

  /**
   * "erkenne an, was Serbien geleistet habe": an object clause opened by "was" is about the subject of that clause.
   */
  private List<Token> freeRelativeSubjects(Token verb) {
    List<Token> out = new ArrayList<>();
    for (Token clause : sentence.children(verb.index())) {
      if (!CLAUSES.contains(clause.rel()) || clause.index() < verb.index()) {
        continue;
      }
      Token first = sentence.children(clause.index()).stream().filter(k -> !k.isPos("PUNCT")).findFirst()
          .orElse(null);
      if (first != null && first.word().equalsIgnoreCase("was")) {
        // the parser takes "was" for the subject or the object, and the name for the other
        for (Token k : sentence.children(clause.index())) {
          if (k != first && (k.rel().equals("nsubj") || k.rel().equals("obj"))) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  /**
   * The nouns that may be the trigger's object, the direct object first: a relative pronoun stands for the
   * noun before it ("einen Pakt, den er unterzeichnet hatte"), and since the parser often takes an object for
   * an oblique ("hat Japan seit 2022 Budgethilfe gewährt"), the trigger's other nouns follow.
   */
  List<Token> objectCandidates(Token trigger) {
    List<Token> out = new ArrayList<>();
    for (Token obj : arguments(trigger, "obj")) {
      out.add(obj.isPos("PRON") ? antecedent(obj) : obj);
    }
    for (Token c : sentence.children(trigger.index())) {
      if (c.isPos("NOUN") && !c.rel().startsWith("nsubj") && !out.contains(c)) {
        out.add(c);
      }
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** The noun a relative pronoun refers to: the nearest noun before it. */
  private Token antecedent(Token pronoun) {
    for (int i = pronoun.index() - 1; i >= 0; i--) {
      if (sentence.token(i).isPos("NOUN", "PROPN")) {
        return sentence.token(i);
      }
    }
    return pronoun;
  }

  /**
   * Whether the trigger is in the passive: marked by the parser, or a state passive ("Elf Wärter sind
   * festgenommen"): a participle with "sein" and no object, which only a passive of a transitive verb can be.
   * Only a transitive pattern's trigger can be a state passive: "ist gereist" is a perfect tense.
   */
  static boolean isPassive(Token trigger, Sentence sentence, boolean transitive) {
    if (!sentence.children(trigger.index(), "aux:pass").isEmpty()
        || !sentence.children(trigger.index(), "nsubj:pass").isEmpty()) {
      return true;
    }
    boolean withSein = sentence.children(trigger.index(), "aux").stream()
        .anyMatch(a -> a.lemma().equalsIgnoreCase("sein"));
    return transitive && withSein && trigger.isPos("VERB") && trigger.word().matches(".*(t|en)")
        && sentence.children(trigger.index(), "obj").isEmpty();
  }

  private boolean isPassive(Token trigger) {
    return isPassive(trigger, sentence, transitive);
  }

  /**
   * The dependents of {@code head} with relation {@code rel} introduced by one of {@code preps}. Since the parser
   * often hangs a prepositional phrase on the noun before it ("diskutierte in Paris mit dem Regierungschef"),
   * such phrases one level down, under the head's other obliques and modifiers, count as well.
   */
  private List<Token> withCase(Token head, String rel, Set<String> preps) {
    List<Token> out = new ArrayList<>();
    for (Token c : sentence.children(head.index())) {
      boolean direct = c.rel().equals(rel) || c.rel().startsWith(rel + ":");
      if (direct && hasCase(c, preps)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      for (Token c : sentence.children(head.index())) {
        if (c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("appos")) {
          for (Token g : sentence.children(c.index(), "nmod")) {
            if (hasCase(g, preps)) {
              out.add(g);
            }
          }
        }
      }
    }
    return out;
  }

  private boolean hasCase(Token t, Set<String> preps) {
    for (Token k : sentence.children(t.index(), "case")) {
      if (preps.contains(k.word().toLowerCase(Locale.ROOT)) || preps.contains(k.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private List<Token> genitives(Token head) {
    List<Token> out = new ArrayList<>();
    for (Token c : sentence.children(head.index())) {
      boolean genitive = c.rel().startsWith("nmod") && sentence.children(c.index(), "case").isEmpty();
      // A name in apposition to an event noun is its genitive in German ("die Kritik Pekings").
      boolean namedAppos = c.rel().equals("appos") && c.isPos("PROPN");
      if (genitive || namedAppos || c.rel().equals("nmod:poss") || c.rel().equals("amod") || c.rel().equals("det:poss")) {
        out.add(c);
      }
    }
    return out;
  }

  /** The actors an argument token names: its own mention, or the mentions of its phrase and its conjuncts. */
  List<Actor> actorsOf(Token arg) {
    List<Actor> out = new ArrayList<>();
    String word = arg.word().toLowerCase(Locale.ROOT);
    if (arg.isPos("PRON", "DET")) {
      QuoteSpan q = quoteAt(arg);
      if (FIRST_PERSON.contains(word) && q != null && q.speaker() != null && q.speaker().key() != null) {
        indirect = true;
        out.add(q.speaker());
      } else if (THIRD_PERSON.contains(word)) {
        actors.antecedent(sentence.index(), arg.index()).ifPresent(a -> {
          indirect = true;
          out.add(a);
        });
      }
    } else {
      List<ActorMention> own = mentionsCovering(arg.index());
      if (!own.isEmpty()) {
        own.forEach(m -> out.add(m.actor()));
      } else {
        out.addAll(nearestInPhrase(arg.index()));
      }
      if (out.isEmpty()) {
        actors.standInAt(sentence.index(), arg.index()).ifPresent(out::add); // "den US-Luftangriff", "den Vorstoß"
      }
      for (Token gen : out.isEmpty() ? genitives(arg) : List.<Token>of()) {
        actors.standInAt(sentence.index(), gen.index()).ifPresent(out::add); // "eine Änderung der EU-Verträge"
      }
    }
    for (Token c : sentence.children(arg.index(), "conj")) {
      out.addAll(actorsOf(c));
    }
    return dedupe(out);
  }

  QuoteSpan quoteAt(Token t) {
    for (QuoteSpan q : quotes) {
      if (q.covers(t.begin())) {
        return q;
      }
    }
    return null;
  }

  private List<ActorMention> mentionsCovering(int i) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.covers(i) && m.actor().key() != null) {
        out.add(m);
      }
    }
    return out;
  }

  ActorMention mentionCovering(int i) {
    List<ActorMention> covering = mentionsCovering(i);
    return covering.isEmpty() ? null : covering.get(0);
  }

  /**
   * The named actors of {@code root}'s phrase closest to its head: "die Zusammenarbeit zwischen Russland und
   * Nordkorea" gives both countries (coordination costs nothing), "der Direktor der UN-Mission im Kongo" gives
   * the UN, not the Congo one level further down.
   */
  private List<Actor> nearestInPhrase(int root) {
    int best = Integer.MAX_VALUE;
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.actor().key() == null || !inPhrase(root, m.last())) {
        continue;
      }
      int depth = depth(root, m);
      if (depth < best) {
        best = depth;
        out.clear();
      }
      if (depth == best) {
        out.add(m.actor());
      }
    }
    return out;
  }

  /** Dependency steps from the mention up to {@code root}, not counting coordination or steps inside the mention. */
  private int depth(int root, ActorMention m) {
    int depth = 0;
    int n = m.last();
    for (int steps = 0; n >= 0 && n != root && steps < sentence.tokens().size(); steps++) {
      Token t = sentence.token(n);
      if (!t.rel().equals("conj") && !m.covers(t.head())) {
        depth++;
      }
      n = t.head();
    }
    return depth;
  }

  /** Whether {@code node} is in {@code root}'s phrase without crossing into a clause. */
  boolean inPhrase(int root, int node) {
    int n = node;
    for (int steps = 0; n >= 0 && steps < sentence.tokens().size(); steps++) {
      if (n == root) {
        return true;
      }
      Token t = sentence.token(n);
      if (CLAUSES.contains(t.rel())) {
        return false;
      }
      n = t.head();
    }
    return false;
  }

  static List<Actor> dedupe(List<Actor> actors) {
    Set<String> seen = new LinkedHashSet<>();
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.key() != null && seen.add(a.code() + "|" + a.text())) {
        out.add(a);
      }
    }
    return out;
  }
}
