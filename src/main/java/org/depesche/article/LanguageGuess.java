package org.depesche.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Tells which language an article is written in, from its character n-grams, with the optimaize language detector
 * that LanguageTool brings (its 71 built-in profiles). Thread-safe; load it once ({@link #standard()}).
 */
public final class LanguageGuess {
  /** How sure the detector must be before an article counts as in a language: below it, the language is unknown. */
  private static final double MIN_PROBABILITY = 0.8;
  /** Texts shorter than this give the detector too few n-grams to tell related languages apart. */
  private static final int MIN_LETTERS = 12;

  private static volatile LanguageGuess standard;
  private final LanguageDetector detector;

  private LanguageGuess(LanguageDetector detector) {
    this.detector = detector;
  }

  /** The detector with all built-in profiles, loaded on first use (about a second). */
  public static LanguageGuess standard() {
    LanguageGuess g = standard;
    if (g == null) {
      synchronized (LanguageGuess.class) {
        if (standard == null) {
          try {
            standard = new LanguageGuess(LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build());
          } catch (IOException e) {
            throw new UncheckedIOException("Unable to load the language profiles", e);
          }
        }
        g = standard;
      }
    }
    return g;
  }

  /** The ISO 639-1 code of the language {@code text} is written in, or empty where too short or unclear. */
  public Optional<String> of(String text) {
    if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    List<DetectedLanguage> found = detector.getProbabilities(text);
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    return Optional.of(found.get(0).getLocale().getLanguage());
  }

  /**
   * Of {@code coded} (most preferred first), the language {@code text} is likeliest in, for a text {@link #of} cannot
   * tell: a short report ("Unbekannte beschmierten ein Asylheim") or one mixed with markup or names. The first of
   * {@code coded} where the detector favours none of them.
   */
  public String likeliestOf(String text, List<String> coded) {
    if (text != null && !text.isBlank()) {
      for (DetectedLanguage d : detector.getProbabilities(text)) {
        if (coded.contains(d.getLocale().getLanguage())) {
          return d.getLocale().getLanguage();
        }
      }
    }
    return coded.get(0);
  }
}
