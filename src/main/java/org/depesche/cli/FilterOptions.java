package org.depesche.cli;

import org.depesche.store.EventFilter;
import org.depesche.store.InvalidFilterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The filters of {@link EventFilter} as options: each is named as the filter's parameter with {@code --} before
 * it, and its text goes to {@link EventFilter#parse} as it was given, so the command line checks exactly what the
 * web API checks.
 */
final class FilterOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--actor", paramLabel = "KEY|NAME", description = "An actor key (UKR) or part of a name, either side.")
  String actor;

  @Option(names = "--dyad", paramLabel = "A,B", description = "Two actor keys, in either direction.")
  String dyad;

  @Option(names = "--cameo", paramLabel = "CODE", description = "A CAMEO code or root (04, 041).")
  String cameo;

  @Option(names = "--plover", paramLabel = "TYPE", description = "A PLOVER type (CONSULT, ACCUSE, ...).")
  String plover;

  @Option(names = "--quad", paramLabel = "1-4", description = "A quad class.")
  String quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  String to;

  @Option(names = "--by", paramLabel = "event|published",
      description = "Which date --from and --to mean (default: event, the day it happened).")
  String by;

  @Option(names = "--modality", paramLabel = "M", description = "asserted, intended, hypothetical or negated.")
  String modality;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words the evidence sentence must hold.")
  String text;

  @Option(names = "--country", paramLabel = "ISO3",
      description = "Where the event took place: the country of its location (DEU), not an actor's country "
          + "(for that, --actor).")
  String country;

  @Option(names = "--near", paramLabel = "LAT,LON,KM",
      description = "Where the event took place: within KM kilometres of LAT,LON (52.52,13.40,30); events "
          + "without coordinates never match.")
  String near;

  /** The filter the options ask for; a bad value is a bad option, named as the user typed it. */
  EventFilter filter() {
    try {
      // read by the filter's own names through picocli's model, so an option and its parameter cannot drift apart
      return EventFilter.parse(name -> spec.findOption("--" + name).getValue());
    } catch (InvalidFilterException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.parameter() + " " + e.problem());
    }
  }
}
