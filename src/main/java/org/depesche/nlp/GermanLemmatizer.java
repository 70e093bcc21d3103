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
    String fallback = null;
    for (AnalyzedToken reading : readings(word)) {
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
    for (AnalyzedToken reading : readings(word)) {
      String tag = reading.getPOSTag();
      if (tag != null && tag.startsWith("VER") && (tag.contains(":PRT") || tag.contains(":PRÄ"))
          && !tag.contains("INF") && reading.getLemma() != null) {
        return reading.getLemma();
      }
    }
    return null;
  }

  /** LanguageTool's readings of one word (none when the word is unknown). */
  private static List<AnalyzedToken> readings(String word) {
    try {
      List<AnalyzedTokenReadings> tagged = TAGGER.get().tag(List.of(word));
      return tagged.isEmpty() ? List.of() : tagged.get(0).getReadings();
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
