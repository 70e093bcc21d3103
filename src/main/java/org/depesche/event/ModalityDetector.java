package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Tells reported facts from plans, possibilities and denials by the words attached to an event's trigger
 * (auxiliaries, adverbs, conjunctions, "kein") and the word it depends on ("plant, ... anzugreifen").
 * The cue words live in {@code depesche/event/modality.yaml}. Negation wins over hypothesis, hypothesis
 * over intention.
 */
public final class ModalityDetector {
  /** The cue words of one modality. */
  record Cues(Set<String> auxiliaries, Set<String> adverbs, Set<String> markers, Set<String> determiners,
      Set<String> governors) {}

  private static final List<Modality> PRECEDENCE = List.of(Modality.NEGATED, Modality.HYPOTHETICAL, Modality.INTENDED);

  private final Map<Modality, Cues> cues;
  private final Cues reported;

  private ModalityDetector(Map<Modality, Cues> cues, Cues reported) {
    this.cues = cues;
    this.reported = reported;
  }

  /** The detector with the bundled German cue words. */
  public static ModalityDetector german() {
    return of(LanguageFiles.german());
  }

  /** The detector with the cue words of {@code files}. */
  public static ModalityDetector of(LanguageFiles files) {
    CueFile raw = files.yaml("modality", CueFile.class);
    return new ModalityDetector(Map.of(
        Modality.INTENDED, raw.intended(),
        Modality.HYPOTHETICAL, raw.hypothetical(),
        Modality.NEGATED, raw.negated()), raw.reported());
  }

  /** The data file's shape: one set of cues per modality, and the cues of hearsay. */
  record CueFile(Cues intended, Cues hypothetical, Cues negated, Cues reported) {}

  /** The modality of the event triggered by token {@code trigger} of {@code s}. */
  public Modality of(Sentence s, int trigger) {
    if (!s.parsed()) {
      return Modality.ASSERTED;
    }
    Context c = context(s, trigger);
    for (Modality m : PRECEDENCE) {
      if (m == Modality.INTENDED && allegedPast(c)) {
        continue; // "soll 40 Menschen getötet haben": told, not planned
      }
      if (matches(cues.get(m), c)) {
        return m;
      }
    }
    return Modality.ASSERTED;
  }

  /** Whether the event is told on someone else's word: "soll ... reisen", "angeblich", "Berichten zufolge". */
  public boolean reported(Sentence s, int trigger) {
    return s.parsed() && matches(reported, context(s, trigger));
  }

  /** The words attached to the trigger and the words that govern it. */
  private record Context(List<Token> attached, List<Token> governors) {}

  private static Context context(Sentence s, int trigger) {
    List<Token> attached = new ArrayList<>(s.children(trigger));
    List<Token> governors = new ArrayList<>();
    Token t = s.token(trigger);
    // Climb through infinitive complements and noun modifiers to the word that governs the event.
    for (int level = 0; level < 3 && t.head() >= 0; level++) {
      String rel = t.rel();
      if (!(rel.startsWith("xcomp") || rel.startsWith("nmod") || rel.startsWith("acl") || rel.startsWith("obj")
          || rel.startsWith("ccomp") || rel.startsWith("obl"))) {
        break;
      }
      t = s.token(t.head());
      governors.add(t);
      if (rel.startsWith("xcomp") || rel.startsWith("obj")) {
        attached.addAll(s.children(t.index()));
      }
    }
    for (Token obj : s.children(trigger, "obj")) {
      attached.addAll(s.children(obj.index(), "det"));
      attached.addAll(s.children(obj.index(), "cc")); // "weder Russland noch China"
    }
    return new Context(attached, governors);
  }

  private static boolean matches(Cues c, Context context) {
    for (Token a : context.attached()) {
      String w = a.word().toLowerCase(Locale.ROOT);
      boolean hit = switch (a.rel()) {
        case "aux" -> c.auxiliaries().contains(w);
        case "advmod" -> c.adverbs().contains(w);
        case "mark", "case", "cc" -> c.markers().contains(w);
        case "det" -> c.determiners().contains(w);
        default -> false;
      };
      if (hit) {
        return true;
      }
    }
    for (Token g : context.governors()) {
      if (c.governors().contains(g.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "soll ... getötet haben": "sollen" with a perfect infinitive tells of the past. */
  private static boolean allegedPast(Context c) {
    boolean soll = c.attached().stream().anyMatch(a -> a.rel().equals("aux")
        && a.lemma().equalsIgnoreCase("sollen"));
    boolean perfect = c.attached().stream().anyMatch(a -> a.rel().equals("aux")
        && (a.word().equals("haben") || a.word().equals("sein")));
    return soll && perfect;
  }
}
