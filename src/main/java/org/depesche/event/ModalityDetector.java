package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depesche.internal.DataFiles;
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

  private ModalityDetector(Map<Modality, Cues> cues) {
    this.cues = cues;
  }

  /** The detector with the bundled German cue words. */
  public static ModalityDetector german() {
    Map<String, Cues> raw = DataFiles.yaml("/depesche/event/modality.yaml", CueFile.class).byModality();
    return new ModalityDetector(Map.of(
        Modality.INTENDED, raw.get("intended"),
        Modality.HYPOTHETICAL, raw.get("hypothetical"),
        Modality.NEGATED, raw.get("negated")));
  }

  /** The data file's shape: one set of cues per modality. */
  record CueFile(Cues intended, Cues hypothetical, Cues negated) {
    Map<String, Cues> byModality() {
      return Map.of("intended", intended, "hypothetical", hypothetical, "negated", negated);
    }
  }

  /** The modality of the event triggered by token {@code trigger} of {@code s}. */
  public Modality of(Sentence s, int trigger) {
    if (!s.parsed()) {
      return Modality.ASSERTED;
    }
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
    }
    for (Modality m : PRECEDENCE) {
      Cues c = cues.get(m);
      for (Token a : attached) {
        String w = a.word().toLowerCase(Locale.ROOT);
        boolean hit = switch (a.rel()) {
          case "aux" -> c.auxiliaries().contains(w);
          case "advmod" -> c.adverbs().contains(w);
          case "mark", "case" -> c.markers().contains(w);
          case "det" -> c.determiners().contains(w);
          default -> false;
        };
        if (hit) {
          return m;
        }
      }
      for (Token g : governors) {
        if (c.governors().contains(g.lemma().toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
    }
    return Modality.ASSERTED;
  }
}
