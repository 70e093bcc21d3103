package org.depesche.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.actor.UnknownNames;
import org.depesche.article.Problem;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.event.EventJson;
import org.depesche.ingest.ArticleCursor;
import org.depesche.ingest.CodingWindow;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code depesche code FILE...}: events as JSON Lines (or TSV) on standard output, written article by article as
 * the sources are read and coded, so that a corpus of any size is coded in bounded memory.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Codes articles (files, folders, JSON Lines, HTML, WARC archives, RSS/Atom feeds, page or feed "
        + "URLs) and writes their events.")
final class CodeCommand implements Callable<Integer> {
  @Mixin
  ArticleArguments input;

  @Option(names = "--format", description = "jsonl or tsv (default: jsonl).")
  String format = "jsonl";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output (- is standard output).")
  Path output;

  @Option(names = "--unknown-actors", paramLabel = "FILE",
      description = "List the names no dictionary knows here (TSV: name, country, mentions, articles, how, example).")
  Path unknownOut;

  @Option(names = "--modality", split = ",", paramLabel = "M[,M...]",
      description = "Keep only events of these modalities: asserted, intended, hypothetical, negated (default: all).")
  List<String> modalities = List.of();

  @Option(names = "--no-reported",
      description = "Leave out events told on someone else's word (\"soll ... reisen\", \"angeblich\").")
  boolean noReported;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("jsonl") && !format.equals("tsv")) {
      throw new UsageException("unknown --format '" + format + "' (jsonl or tsv)");
    }
    java.util.Set<Modality> keep = modalities();
    List<Problem> problems = new ArrayList<>();
    UnknownNames unknown = new UnknownNames();
    int[] counts = new int[2]; // articles coded, events written
    // read, coded and written one article after another, a few in flight: bounded memory whatever the input's size
    try (ArticleCursor articles = input.open(problems)) {
      if (!articles.hasNext()) {
        System.err.println("depesche: no readable article in " + input.sources);
        return 1;
      }
      Pipeline pipeline = input.options.pipeline();
      try (PrintWriter out = writer();
           CodingWindow window = new CodingWindow(pipeline, input.options.threads, (a, e) -> {
             Problem p = new Problem(a.id(), "coding failed: " + e);
             System.err.println("depesche: skipped " + p);
             problems.add(p);
           }, c -> {
             counts[0]++;
             counts[1] += write(out, c, keep);
             unknown.add(c.article().id(), c.sentences(), c.actors());
           })) {
        if (format.equals("tsv")) {
          out.println("article\tsentence\tcameo\tsource\ttarget\tdate\tmodality\tevidence");
        }
        articles.forEachRemaining(window::submit);
        window.finish();
      }
    }
    System.err.printf("depesche: %d articles, %d events, %d problems%n", counts[0], counts[1], problems.size());
    reportUnknown(unknown);
    return problems.isEmpty() ? 0 : 3;
  }

  /** Writes the events of one article that the filters keep; returns how many. */
  private int write(PrintWriter out, CodedArticle c, java.util.Set<Modality> keep) {
    int events = 0;
    for (Event e : c.events()) {
      if (!keep.contains(e.modality()) || noReported && e.reported()) {
        continue;
      }
      out.println(format.equals("tsv") ? tsv(e) : EventJson.line(e));
      events++;
    }
    return events;
  }

  private java.util.Set<Modality> modalities() {
    if (modalities.isEmpty()) {
      return java.util.EnumSet.allOf(Modality.class);
    }
    java.util.Set<Modality> out = java.util.EnumSet.noneOf(Modality.class);
    for (String m : modalities) {
      try {
        out.add(Modality.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown --modality '" + m + "' (asserted, intended, hypothetical, negated)");
      }
    }
    return out;
  }

  /** Names no dictionary knows: counted on standard error, listed in full with --unknown-actors. */
  private void reportUnknown(UnknownNames unknown) throws IOException {
    List<UnknownNames.Name> names = unknown.names();
    if (names.isEmpty()) {
      return;
    }
    System.err.printf("depesche: %d names no dictionary knows, e.g. %s%s%n", names.size(),
        names.stream().limit(5).map(UnknownNames.Name::name).collect(java.util.stream.Collectors.joining(", ")),
        unknownOut == null ? " (list them with --unknown-actors FILE)" : " (listed in " + unknownOut + ")");
    if (unknownOut != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(unknownOut, StandardCharsets.UTF_8))) {
        w.println("name\tcountry\tmentions\tarticles\thow\texample");
        for (UnknownNames.Name n : names) {
          w.println(String.join("\t", n.name(), String.valueOf(n.country()), Integer.toString(n.mentions()),
              Integer.toString(n.articles().size()), n.how(), n.example().replace('\t', ' ').replace('\n', ' ')));
        }
      }
    }
  }

  private PrintWriter writer() throws IOException {
    return new PrintWriter(output == null || output.toString().equals("-")
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8));
  }

  private static String tsv(Event e) {
    return String.join("\t", e.article().id(), Integer.toString(e.sentence()), e.type().cameo(),
        String.valueOf(e.source().code()), e.target() == null ? "" : String.valueOf(e.target().code()),
        String.valueOf(e.date().value()), e.modality().label(), e.evidence().replace('\t', ' ').replace('\n', ' '));
  }
}
