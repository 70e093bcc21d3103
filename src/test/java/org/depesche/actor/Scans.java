package org.depesche.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;

/**
 * Sentences and scan states for the recogniser tests, built through {@link Conllu} from literal parses: no test
 * that uses them loads CoreNLP. The dictionaries are the real ones.
 */
final class Scans {
  /** The bundled dictionaries, read once for all tests. */
  static final ActorLexicon LEXICON = ActorLexicon.german();
  /** The article date of the tests: Scholz is chancellor, Duda Poland's president, Putin in the Kremlin. */
  static final LocalDate DAY = LocalDate.of(2024, 10, 31);

  private Scans() {}

  /**
   * An unparsed sentence written as {@code word/UPOS} items, {@code word/UPOS/NER} for a named entity: {@code
   * "Olaf/PROPN/PERSON Scholz/PROPN/PERSON reiste/VERB ab/ADP ./PUNCT"}. The lemma is the word.
   */
  static Sentence tagged(String items) {
    StringBuilder conllu = new StringBuilder();
    String[] words = items.strip().split(" +");
    for (int i = 0; i < words.length; i++) {
      String[] f = words[i].split("/");
      conllu.append(i + 1).append(' ').append(f[0]).append(' ').append(f[0]).append(' ').append(f[1]).append(" _ _");
      conllu.append(f.length > 2 ? " " + f[2] : "").append('\n');
    }
    return Conllu.sentence(conllu.toString());
  }

  /** A scan of {@code items} (see {@link #tagged}) on {@link #DAY} in an article about Germany, nothing named yet. */
  static ScanState state(String items) {
    return state(tagged(items));
  }

  /** A scan of the sentence on {@link #DAY} in an article about Germany, nothing named yet. */
  static ScanState state(Sentence sentence) {
    return new ScanState(sentence, DAY, "DEU", new HashMap<>(), new ArrayList<>());
  }

  /** A scan of the sentence on {@link #DAY} in an article about Germany after a sentence that named {@code before}. */
  static ScanState after(List<Actor> before, String items) {
    List<ActorMention> earlier = before.stream().map(a -> new ActorMention(0, 0, a, false, "named before")).toList();
    return new ScanState(tagged(items), DAY, "DEU", new HashMap<>(), List.of(earlier));
  }

  /** A country and nothing else, as a country's name gives it. */
  static Actor country(String code) {
    return new Actor(code, null, code, null, null);
  }

  /** What the scan found so far, one {@code "words=CODE"} a mention, {@code "words=?"} when it has no code. */
  static List<String> found(ScanState s) {
    return s.found().stream().map(m -> s.text(m.first(), m.last()) + "="
        + (m.actor().code() == null ? "?" : m.actor().code())).toList();
  }
}
