package org.depesche.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code depesche} command line. */
@Command(name = "depesche", mixinStandardHelpOptions = true, version = "depesche 0.1.0",
    description = "Codes German news articles into political events (CAMEO, PLOVER).",
    subcommands = {CodeCommand.class, EvalCommand.class, ArvigEvalCommand.class, QuoteEvalCommand.class,
        NerEvalCommand.class, ActorCommand.class, BenchCommand.class, ExplainCommand.class, IngestCommand.class,
        QueryCommand.class, StatsCommand.class, ExportCommand.class, WatchCommand.class, ServeCommand.class,
        DemoCommand.class, BenchApiCommand.class})
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; bad options give a one-line error and exit 2. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler((ex, a) -> {
      System.err.println("depesche: " + ex.getMessage().lines().findFirst().orElse("bad option")
          + " (see depesche --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
      System.err.println("depesche: " + message.lines().findFirst().orElse(message));
      return 1;
    });
    return cli.execute(args);
  }
}
