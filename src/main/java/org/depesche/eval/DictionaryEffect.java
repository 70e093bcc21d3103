package org.depesche.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depesche.actor.ActorLexicon;
import org.depesche.eval.NerScorer.DictionaryMatch;
import org.depesche.eval.NerScorer.Span;

/**
 * What the dictionaries change in CoreNLP's answer, by kind of dictionary entry: the spans they add (right or
 * wrong) and the NER spans they push out (right or wrong), with a few examples of each. For finding out why
 * the dictionaries help or hurt; not thread-safe.
 */
public final class DictionaryEffect {
  private static final int EXAMPLES = 8;

  private enum Change { ADDED_RIGHT, ADDED_WRONG, REMOVED_RIGHT, REMOVED_WRONG }

  private final Map<ActorLexicon.Kind, Map<Change, List<String>>> seen = new EnumMap<>(ActorLexicon.Kind.class);

  /** Records one sentence: its gold spans, CoreNLP's, the combined ones and the dictionary's matches. */
  public void add(GermEvalSentence s, List<Span> gold, List<Span> ner, List<Span> combined,
      List<DictionaryMatch> matches) {
    for (Span c : combined) {
      if (!ner.contains(c)) {
        ActorLexicon.Kind kind = matches.stream().filter(m -> m.span().equals(c)).findFirst().orElseThrow().kind();
        note(kind, gold.contains(c) ? Change.ADDED_RIGHT : Change.ADDED_WRONG, s, c, gold);
      }
    }
    for (Span n : ner) {
      if (!combined.contains(n)) {
        ActorLexicon.Kind kind = matches.stream().filter(m -> combined.contains(m.span()) && m.span().overlaps(n))
            .findFirst().orElseThrow().kind();
        note(kind, gold.contains(n) ? Change.REMOVED_RIGHT : Change.REMOVED_WRONG, s, n, gold);
      }
    }
  }

  private void note(ActorLexicon.Kind kind, Change change, GermEvalSentence s, Span span, List<Span> gold) {
    List<String> list = seen.computeIfAbsent(kind, k -> new EnumMap<>(Change.class))
        .computeIfAbsent(change, c -> new ArrayList<>());
    String golds = gold.stream().filter(g -> g.overlaps(span)).map(g -> g.type() + " '" + words(s, g) + "'")
        .collect(Collectors.joining(", "));
    list.add(String.format("%s '%s' (gold: %s) line %d: %s", span.type(), words(s, span),
        golds.isEmpty() ? "none" : golds, s.line(), s.text()));
  }

  private static String words(GermEvalSentence s, Span span) {
    return String.join(" ", s.words().subList(span.first(), span.last() + 1));
  }

  /** Prints the counts by kind, then examples of each change. */
  public void print(PrintStream out) {
    out.println("dictionary kind  added right  added wrong  NER removed right  NER removed wrong");
    seen.forEach((kind, changes) -> out.printf("%-15s  %11d  %11d  %17d  %17d%n", kind, count(changes,
        Change.ADDED_RIGHT), count(changes, Change.ADDED_WRONG), count(changes, Change.REMOVED_RIGHT),
        count(changes, Change.REMOVED_WRONG)));
    seen.forEach((kind, changes) -> changes.forEach((change, examples) -> {
      out.printf("%n%s %s (%d):%n", kind, change.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          examples.size());
      examples.stream().limit(EXAMPLES).forEach(e -> out.println("  " + e));
    }));
  }

  private static int count(Map<Change, List<String>> changes, Change c) {
    return changes.getOrDefault(c, List.of()).size();
  }
}
