package org.depesche.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.article.Article;
import org.depesche.nlp.Sentence;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.German;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depesche actor NAME [--date D]}: how Depesche reads a name or a role ("Präsident Obama", "der
 * Kremlchef", "Russlands Außenminister") on a given day, and why.
 */
@Command(name = "actor", mixinStandardHelpOptions = true,
    description = "Shows how a name or role resolves to an actor on a date, and why.")
final class ActorCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "The words, as an article would print them.")
  List<String> words;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to resolve offices on (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor files, as for code.")
  List<Path> actorFiles = new ArrayList<>();

  @Override
  public Integer call() {
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new UsageException("no name given");
    }
    CodedArticle c = Pipeline.of(new German(), actorFiles).code(new Article("actor", "", null, date, "de", text));
    int shown = 0;
    for (Sentence s : c.sentences()) {
      for (ActorMention m : c.actors().in(s.index())) {
        Actor a = m.actor();
        System.out.printf("%s%n  code %s  country %s  org %s  sector %s  name %s%n  why: %s%n",
            s.textOf(m.first(), m.last(), s.begin()), a.code(), a.country(), a.org(), a.sector(), a.name(), m.how());
        shown++;
      }
    }
    if (shown == 0) {
      System.out.println("no actor: '" + text + "' is in no dictionary and the named-entity recogniser finds no name");
      return 1;
    }
    return 0;
  }
}
