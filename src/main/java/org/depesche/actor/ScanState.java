package org.depesche.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * What the recognisers of a {@link SentenceScan} share while one sentence is read: the sentence, the article's
 * date and home country, the names the article has introduced so far, the mentions of earlier sentences, and the
 * mentions found in this sentence so far. Recognisers talk to each other only through it: one adds a mention or
 * introduces a name, a later one reads it.
 */
final class ScanState {
  private final Sentence sentence;
  private final List<String> words;
  private final LocalDate date;
  private final String home;
  private final Map<String, Actor> introduced;
  private final List<List<ActorMention>> earlier;
  private final List<ActorMention> found = new ArrayList<>();

  /**
   * @param date       the article's publication date, or null
   * @param home       the article's home country, or null
   * @param introduced the article's names introduced so far, by word; extended by this scan
   * @param earlier    the mentions of the article's earlier sentences, in order
   */
  ScanState(Sentence sentence, LocalDate date, String home, Map<String, Actor> introduced,
      List<List<ActorMention>> earlier) {
    this.sentence = sentence;
    this.words = sentence.tokens().stream().map(Token::word).toList();
    this.date = date;
    this.home = home;
    this.introduced = introduced;
    this.earlier = earlier;
  }

  Sentence sentence() {
    return sentence;
  }

  /** The number of tokens. */
  int size() {
    return words.size();
  }

  Token token(int i) {
    return sentence.token(i);
  }

  String word(int i) {
    return words.get(i);
  }

  /** The words of the sentence, as {@link ActorLexicon#longestMatch} reads them. */
  List<String> words() {
    return words;
  }

  /** The article's publication date, or null. */
  LocalDate date() {
    return date;
  }

  /** The country the article speaks of most, or null. */
  String home() {
    return home;
  }

  /** The words from token {@code first} to {@code last}, inclusive, as printed. */
  String text(int first, int last) {
    return sentence.textOf(first, last, sentence.begin());
  }

  /** The mentions of this sentence so far, in the order found; the passes after the scan change it in place. */
  List<ActorMention> found() {
    return found;
  }

  void add(int first, int last, Actor actor, boolean person, String how) {
    found.add(new ActorMention(first, last, actor, person, how));
  }

  /** The mentions of this sentence so far and of the five before it, the latest first. */
  List<ActorMention> recent() {
    List<ActorMention> out = new ArrayList<>();
    for (int i = found.size() - 1; i >= 0; i--) {
      out.add(found.get(i));
    }
    for (int s = earlier.size() - 1; s >= 0 && s >= earlier.size() - 5; s--) {
      List<ActorMention> ms = earlier.get(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        out.add(ms.get(i));
      }
    }
    return out;
  }

  /** Whether the word was introduced as a name earlier in the article, exactly as printed. */
  boolean isIntroduced(String word) {
    return introduced.containsKey(word);
  }

  /** The actor a name was introduced as, also in the genitive ("Reagans" after "Ronald Reagan"); or null. */
  Actor introducedAs(String word) {
    Actor a = introduced.get(word);
    if (a == null && word.length() > 3 && word.endsWith("s")) {
      a = introduced.get(word.substring(0, word.length() - 1));
    }
    return a;
  }

  /** Each word from token {@code first} to {@code last} names {@code actor} for the rest of the article. */
  void introduce(int first, int last, Actor actor) {
    for (int t = first; t <= last; t++) {
      introduced.put(words.get(t), actor);
    }
  }
}
