package org.depesche.cli;

import java.util.Locale;
import org.depesche.eval.GoldPart;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options of the evaluation commands that say what to score and show: {@code --part} (all, the records to
 * develop on, or the third held out) and {@code --verbose}, which is refused for the held-out part, whose records
 * nobody reads.
 */
final class ScoredPart {
  @Option(names = "--part", paramLabel = "all|develop|held-out", converter = Converter.class,
      description = "Score only the records to develop on, or only the third held out (a fixed hash of the "
          + "record id, see GoldPart). Default: all.")
  GoldPart part = GoldPart.ALL;

  @Option(names = "--verbose", description = "List what was missed with its text and the events found (eval also "
      + "lists false events and wrong dates); refused for the held-out part.")
  boolean verbose;

  /**
   * The part chosen, once {@code --verbose} is known to be allowed.
   *
   * @param records what the records are called in the refusal ("articles", "descriptions")
   */
  GoldPart checked(String records) {
    if (verbose && part == GoldPart.HELD_OUT) {
      throw new UsageException("--verbose shows the held-out " + records + "; score them without it");
    }
    return part;
  }

  /** The part as written on the command line ({@code held-out}). */
  String label() {
    return part.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads {@code held-out} as {@link GoldPart#HELD_OUT}. */
  static final class Converter implements ITypeConverter<GoldPart> {
    @Override
    public GoldPart convert(String value) {
      return GoldPart.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
