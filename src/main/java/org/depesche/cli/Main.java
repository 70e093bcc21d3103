package org.depesche.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code depesche} command line. */
@Command(name = "depesche", mixinStandardHelpOptions = true, version = "depesche 0.1.0",
    description = "Codes German news articles into political events (CAMEO, PLOVER).",
    subcommands = {CodeCommand.class, EvalCommand.class, ArvigEvalCommand.class, QuoteEvalCommand.class,
        NerEvalCommand.class, ActorCommand.class, BenchCommand.class, ExplainCommand.class, IngestCommand.class,
        QueryCommand.class, StatsCommand.class, ExportCommand.class, WatchCommand.class, ServeCommand.class,
        DemoCommand.class, BenchApiCommand.class})
public final class Main implements Callable<Integer> {
  /** No command given: the usage, on standard error, and exit code 2 as for any other usage error. */
  @Override
  public Integer call() {
    new CommandLine(this).usage(System.err);
    return 2;
  }

  /**
   * A command of the Spark job ({@code spark}, {@code bench-spark}), when this build has it: it comes from the Maven
   * profile {@code spark}, which {@code -Dnospark} leaves out, so the command line does not depend on it. Spark itself
   * is a provided dependency: the runnable jar ({@code java -jar}) has the command's classes but not Spark's, and
   * then has no such command either.
   */
  private static java.util.Optional<Object> sparkCommand(String name) {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, Main.class.getClassLoader());
      return java.util.Optional.of(Class.forName("org.depesche.spark." + name).getConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError absent) {
      return java.util.Optional.empty();
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns the exit code: 0 done, 1 failed, 2 a usage error (a bad option or value, no
   * command; a one-line message), 3 done with records skipped (ingest).
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    sparkCommand("SparkCommand").ifPresent(spark -> cli.addSubcommand("spark", spark));
    sparkCommand("SparkBenchCommand").ifPresent(bench -> cli.addSubcommand("bench-spark", bench));
    cli.setParameterExceptionHandler((ex, a) -> {
      System.err.println("depesche: " + ex.getMessage().lines().findFirst().orElse("bad option")
          + " (see depesche --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      String message = ex.getMessage() == null || ex.getMessage().isBlank()
          ? "failed with an internal error (please report it with the command that caused it)" : ex.getMessage();
      System.err.println("depesche: " + message.lines().findFirst().orElse(message)
          + (ex instanceof UsageException ? " (see depesche " + cmd.getCommandName() + " --help)" : ""));
      return ex instanceof UsageException ? 2 : 1;
    });
    return cli.execute(args);
  }
}
