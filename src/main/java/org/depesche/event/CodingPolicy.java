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
 * @param assault    which fighting is assault instead, by who does it
 */
public record CodingPolicy(@JsonProperty(required = true) Confidence confidence,
    @JsonProperty(required = true) Roots roots, @JsonProperty(required = true) Assault assault) {
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
   * @param occurred             roots whose event nouns are events when told only as having happened ("fand eine
   *                             Mahnwache statt", "kam es zu Übergriffen"), done by an unnamed side of the home country
   */
  public record Roots(@JsonProperty(required = true) Set<String> namedTargetOnly,
      @JsonProperty(required = true) Set<String> protest,
      @JsonProperty(required = true) Set<String> addressedInQuotation,
      @JsonProperty(required = true) Set<String> domestic,
      @JsonProperty(required = true) Set<String> occurred) {
    public Roots {
      namedTargetOnly = roots(namedTargetOnly);
      protest = roots(protest);
      addressedInQuotation = roots(addressedInQuotation);
      domestic = roots(domestic);
      occurred = roots(occurred);
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

  /**
   * Violence by people who are no armed force is assault (CAMEO 18), not conventional fighting (19): the attack of
   * "Unbekannte griffen die Männer an" is a criminal's, not an army's.
   *
   * @param fighting       the root of conventional fighting ("19")
   * @param code           the code such fighting takes instead ("180")
   * @param unarmedSectors the sectors of sources whose fighting is assault (CRM, CVL, RAD...)
   * @param homeCountry    whether an agentless passive's stand-in source, the home country, counts as unarmed too
   *                       where the target is of that country: "Ein Asylsuchender wurde angegriffen" tells of no
   *                       army, but an attack on another country is war
   */
  public record Assault(@JsonProperty(required = true) String fighting, @JsonProperty(required = true) String code,
      @JsonProperty(required = true) Set<String> unarmedSectors,
      @JsonProperty(required = true) boolean homeCountry) {
    public Assault {
      Roots.roots(Set.of(fighting));
      unarmedSectors = Set.copyOf(unarmedSectors);
    }

    /**
     * The code of an event of {@code cameo} by {@code source}: the assault code where it is fighting by an unarmed
     * source, else {@code cameo} unchanged.
     *
     * @param standIn  whether the source is the home country standing in for an agentless passive's missing agent
     * @param domestic whether the target is of the source's own country
     */
    public String codeFor(String cameo, String sourceSector, boolean standIn, boolean domestic) {
      boolean unarmed = (standIn && homeCountry && domestic)
          || (sourceSector != null && unarmedSectors.contains(sourceSector));
      return cameo.startsWith(fighting) && unarmed ? code : cameo;
    }
  }
}
