package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;

/**
 * The actors a sentence lists as examples of a group it does not name: "Auch weitere Staatschefs gratulierten
 * Obama, so der italienische Ministerpräsident Berlusconi, IAEA-Chef ElBaradei und Norwegens Ministerpräsident
 * Stoltenberg". When the subject names no actor, they are the event's sources. The words that open such a list
 * live in {@code depesche/verbs/de/example-cues.txt}.
 */
final class ExampleList {
  private final Set<String> cues;

  private ExampleList(Set<String> cues) {
    this.cues = cues;
  }

  /** The lists opened by the bundled German cue words. */
  static ExampleList of(LanguageFiles files) {
    return new ExampleList(Set.copyOf(files.lines("example-cues")));
  }

  /** The actors listed after a comma and a cue word behind the trigger, one per key, in text order. */
  List<Actor> after(Sentence s, int trigger, List<ActorMention> mentions) {
    int start = -1;
    for (int i = trigger + 1; i + 1 < s.tokens().size() && start < 0; i++) {
      if (s.token(i).word().equals(",") && opensList(s, i + 1)) {
        start = i + 1;
      }
    }
    List<Actor> out = new ArrayList<>();
    if (start < 0) {
      return out;
    }
    for (ActorMention m : mentions) {
      Actor a = m.actor();
      if (m.first() > start && a.key() != null && out.stream().noneMatch(o -> o.key().equals(a.key()))) {
        out.add(a);
      }
    }
    return out;
  }

  private boolean opensList(Sentence s, int at) {
    String one = s.token(at).word().toLowerCase(Locale.ROOT);
    String two = at + 1 < s.tokens().size() ? one + " " + s.token(at + 1).word().toLowerCase(Locale.ROOT) : one;
    return cues.contains(one) || cues.contains(two);
  }
}
