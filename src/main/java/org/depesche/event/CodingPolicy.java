package org.depesche.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.depesche.internal.DataFiles;

/**
 * The decisions the {@link EventCoder} takes where a text leaves a side of an event unsaid, and the confidence it
 * gives an event by where its actors come from: data, not code, so that a coder of events can read and change them
 * ({@code depesche/event/coding-policy.yaml} explains each with an example). Language-neutral: it names CAMEO roots
 * and numbers, no words.
 *
 * @param confidence how sure the coder is of an event, by where its actors come from
 * @param roots      which events get which kind of target where the text names none
 */
public record CodingPolicy(@JsonProperty(required = true) Confidence confidence,
    @JsonProperty(required = true) Roots roots) {
  /** The bundled policy. */
  public static CodingPolicy standard() {
    return load("/depesche/event/coding-policy.yaml");
  }

  /**
   * The policy of a resource file.
   *
   * @throws java.io.UncheckedIOException naming the file if a key is missing or unknown, a confidence lies outside 0
   *                                      to 1, or a root is not two digits
   */
  public static CodingPolicy load(String resource) {
    return DataFiles.yaml(resource, CodingPolicy.class);
  }

  /**
   * Confidences from 0 to 1.
   *
   * @param namedSource              the source is an argument of the trigger or listed after it as examples
   * @param governingSubject         the source is the subject of the clause that governs the trigger's
   * @param homeCountrySource        the source is the home country, for an agentless passive
   * @param impliedTarget            the target is implied by {@link Roots#protest} or {@link Roots#domestic}
   * @param indirectReferencePenalty taken off where an actor was found through a pronoun or a guess
   */
  public record Confidence(@JsonProperty(required = true) double namedSource,
      @JsonProperty(required = true) double governingSubject,
      @JsonProperty(required = true) double homeCountrySource,
      @JsonProperty(required = true) double impliedTarget,
      @JsonProperty(required = true) double indirectReferencePenalty) {
    public Confidence {
      for (double c : new double[] {namedSource, governingSubject, homeCountrySource, impliedTarget,
          indirectReferencePenalty}) {
        if (c < 0 || c > 1) {
          throw new IllegalArgumentException("a confidence is a number from 0 to 1, not " + c);
        }
      }
    }
  }

  /**
   * Sets of CAMEO roots (the first two digits of a code).
   *
   * @param namedTargetOnly      roots coded only with a target the text names as the trigger's argument
   * @param protest              roots whose events without a named target aim at the home government
   * @param addressedInQuotation roots whose events in a quotation without a named target address the last other
   *                             actor named before
   * @param domestic             roots whose events without a named target aim at the home country, and whose
   *                             agentless passives are its acts
   */
  public record Roots(@JsonProperty(required = true) Set<String> namedTargetOnly,
      @JsonProperty(required = true) Set<String> protest,
      @JsonProperty(required = true) Set<String> addressedInQuotation,
      @JsonProperty(required = true) Set<String> domestic) {
    public Roots {
      namedTargetOnly = roots(namedTargetOnly);
      protest = roots(protest);
      addressedInQuotation = roots(addressedInQuotation);
      domestic = roots(domestic);
    }

    private static Set<String> roots(Set<String> roots) {
      for (String r : roots) {
        if (!r.matches("\\d\\d")) {
          throw new IllegalArgumentException("a root is two digits in quotes (\"01\"), not " + r);
        }
      }
      return Set.copyOf(roots);
    }
  }
}
