package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Verbs that tell that an event noun happened, with the role the noun fills: "Am Abend fand eine Mahnwache statt"
 * (subject of "stattfinden"), "Es kam zu Übergriffen" ("zu" of "kommen"), "Es gab Ausschreitungen" (object of
 * "geben"). Such a noun's event is told as having happened even where the text names nobody who did it
 * ({@code occurrence-verbs.txt}).
 */
final class OccurrenceVerbs {
  private record Entry(String lemma, String role) {}

  private final List<Entry> entries;

  private OccurrenceVerbs(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The verbs of a language's {@code occurrence-verbs} list; none where the language has no such list. */
  static OccurrenceVerbs of(LanguageFiles files) {
    if (!files.purposes().contains("occurrence-verbs")) {
      return new OccurrenceVerbs(List.of());
    }
    return parse(files.lines("occurrence-verbs"));
  }

  /** Verbs from lines of "lemma role". */
  static OccurrenceVerbs parse(List<String> lines) {
    List<Entry> out = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("occurrence-verbs: not 'lemma role': " + line);
      }
      out.add(new Entry(parts[0].toLowerCase(Locale.ROOT), parts[1]));
    }
    return new OccurrenceVerbs(out);
  }

  /** Whether the noun {@code noun} fills the role of an occurrence verb that governs it. */
  boolean tellsOccurrence(Token noun, ArgumentReader args) {
    Sentence s = args.sentence();
    if (noun.head() < 0) {
      return false;
    }
    Token head = s.token(noun.head());
    for (Entry e : entries) {
      if (head.isVerb() && head.lemma().toLowerCase(Locale.ROOT).equals(e.lemma())
          && args.arguments(head, e.role(), false).contains(noun)) {
        return true;
      }
    }
    return false;
  }
}
