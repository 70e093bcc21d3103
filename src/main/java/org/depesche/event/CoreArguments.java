package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.depesche.actor.ActorMention;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * The subject and the objects of an active verb, mending what the parser confuses in German word order: two
 * subjects, an object first with a pronoun subject after the verb, an object taken for an apposition, and an
 * object clause opened by "was".
 */
final class CoreArguments {
  /** Pronouns that can be a subject: the only ones the parser's object may stand for when a verb lacks one. */
  private static final Set<String> NOMINATIVE = Set.of("er", "sie", "ich", "wir");

  private final Sentence sentence;
  private final SentenceMentions mentions;

  CoreArguments(SentenceMentions mentions) {
    this.sentence = mentions.sentence();
    this.mentions = mentions;
  }

  /** The subject of an active verb. */
  List<Token> subjects(Token verb) {
    return subjects(verb, true);
  }

  /**
   * The subjects of an active verb. The parser sometimes gives a verb two subjects ("das Kinderhilfswerk rief
   * Russland auf"); then the first is the subject and the others are objects.
   */
  private List<Token> subjects(Token verb, boolean first) {
    List<Token> all = sentence.children(verb.index(), "nsubj");
    Token pronoun = subjectTakenForObject(verb);
    if (pronoun != null && all.size() == 1 && mentions.isThing(all.get(0))) {
      // "Eine Änderung der EU-Verträge strebt sie an": object first, the parser took it for the subject
      return first ? List.of(pronoun) : all;
    }
    if (all.isEmpty()) {
      return first && pronoun != null ? List.of(pronoun) : List.of();
    }
    if (all.size() < 2) {
      return first ? all : List.of();
    }
    return first ? all.subList(0, 1) : all.subList(1, all.size());
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

  /** The objects of an active verb. */
  List<Token> objects(Token verb) {
    // A second subject is an object the parser mislabelled, even beside an object ("„Status“" taken for one).
    List<Token> objs = new ArrayList<>(sentence.children(verb.index(), "obj"));
    List<Token> subjects = sentence.children(verb.index(), "nsubj");
    if (subjects.isEmpty() || subjects.size() == 1 && mentions.isThing(subjects.get(0))) {
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
      List<ActorMention> subject = mentions.covering(subj.index());
      for (Token ap : sentence.children(subj.index(), "appos")) {
        List<ActorMention> other = mentions.covering(ap.index());
        boolean differs = !subject.isEmpty() && !other.isEmpty() && subject.stream().noneMatch(
            m -> other.stream().anyMatch(o -> Objects.equals(o.actor().key(), m.actor().key())));
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
      if (!PhraseActors.CLAUSES.contains(clause.rel()) || clause.index() < verb.index()) {
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
}
