package org.depesche.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.actor.ActorMention;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.event.Event;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code depesche explain FILE}: shows, sentence by sentence, the parse, the actors found and the events coded:
 * what a pattern writer needs to see why a pattern did or did not fire.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Shows parses, actors and events sentence by sentence (for writing patterns).")
final class ExplainCommand implements Callable<Integer> {
  @Mixin
  ArticleArguments input;

  @Option(names = "--conllu",
      description = "Print each parsed sentence as CoNLL-U (to keep it as a test fixture) instead of the table.")
  boolean conllu;

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = input.read(problems);
    Pipeline pipeline = input.options.pipeline();
    for (Article a : articles) {
      CodedArticle c = pipeline.code(a);
      System.out.printf("== %s (home country %s)%n", a.id(), c.actors().homeCountry());
      for (Sentence s : c.sentences()) {
        if (conllu) {
          System.out.println(Conllu.write(s));
          continue;
        }
        System.out.printf("-- [%d]%s %s%n", s.index(), s.parsed() ? "" : " (not parsed)", s.text());
        for (Token t : s.tokens()) {
          System.out.printf("   %2d %-20s %-18s %-5s %-12s %3d %s%n", t.index(), t.word(), t.lemma(), t.pos(),
              t.ner(), t.head(), t.rel());
        }
        for (ActorMention m : c.actors().in(s.index())) {
          System.out.printf("   actor %d-%d %s (%s)%n", m.first(), m.last(), m.actor(), m.how());
        }
        for (Event e : c.events()) {
          if (e.sentence() == s.index()) {
            System.out.printf("   EVENT %s %s %s -> %s %s %s @ %s%n", e.type().cameo(), e.trigger(), e.source().code(),
                e.target() == null ? null : e.target().code(), e.date().value(), e.modality().label(),
                e.location() == null ? "-" : e.location().name() + " (" + e.location().country() + ", "
                    + e.location().basis().name().toLowerCase(java.util.Locale.ROOT) + ")");
          }
        }
      }
    }
    return 0;
  }
}
