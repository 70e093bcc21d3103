package org.depesche.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.de.GermanTagger;

/**
 * German lemmas from LanguageTool's morphological dictionary (CoreNLP's German lemma annotator only
 * lower-cases). The reading whose word class agrees with CoreNLP's part of speech wins.
 */
final class GermanLemmatizer {
  // LanguageTool's dictionary lookups keep per-instance state, so each worker thread gets its own tagger.
  private static final ThreadLocal<GermanTagger> TAGGER = ThreadLocal.withInitial(GermanTagger::new);

  /** The lemma of {@code word}, read as part of speech {@code upos}; the word itself when unknown. */
  String lemma(String word, String upos) {
    List<AnalyzedTokenReadings> tagged;
    try {
      tagged = TAGGER.get().tag(List.of(word));
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool tagger failed", e);
    }
    if (tagged.isEmpty()) {
      return word;
    }
    String fallback = null;
    for (AnalyzedToken reading : tagged.get(0).getReadings()) {
      String lemma = reading.getLemma();
      String tag = reading.getPOSTag();
      if (lemma == null || tag == null) {
        continue;
      }
      if (fallback == null) {
        fallback = lemma;
      }
      if (agrees(tag, upos)) {
        return lemma;
      }
    }
    return fallback != null ? fallback : word;
  }

  /**
   * The infinitive of {@code word} if LanguageTool knows it as a finite verb form ("protestierten"), else null.
   */
  String finiteVerbLemma(String word) {
    try {
      for (AnalyzedTokenReadings r : TAGGER.get().tag(List.of(word))) {
        for (AnalyzedToken reading : r.getReadings()) {
          String tag = reading.getPOSTag();
          if (tag != null && tag.startsWith("VER") && (tag.contains(":PRT") || tag.contains(":PRÄ"))
              && !tag.contains("INF") && reading.getLemma() != null) {
            return reading.getLemma();
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool tagger failed", e);
    }
  }

  private static boolean agrees(String ltTag, String upos) {
    return switch (upos) {
      case "VERB", "AUX" -> ltTag.startsWith("VER");
      case "NOUN" -> ltTag.startsWith("SUB");
      case "PROPN" -> ltTag.startsWith("EIG") || ltTag.startsWith("SUB");
      case "ADJ" -> ltTag.startsWith("ADJ") || ltTag.startsWith("PA");
      default -> true;
    };
  }
}
