package org.depesche.place;

import java.util.ArrayList;
import java.util.List;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;

/**
 * Sentences for place tests, written as words: "Heidenau/LOC" tags a word as a place, "sächsischen/ADJ" as an
 * adjective; every other word is a noun, a proper noun when capitalised. No parse: places are read from words.
 */
final class Words {
  private Words() {}

  /** One sentence per argument, numbered from 0. */
  static List<Sentence> sentences(String... texts) {
    StringBuilder conllu = new StringBuilder();
    for (String text : texts) {
      int id = 1;
      for (String w : text.split(" ")) {
        String[] parts = w.split("/(?=[A-Z]+$)");
        String word = parts[0];
        String tag = parts.length > 1 ? parts[1] : "";
        String pos = tag.equals("ADJ") ? "ADJ"
            : Character.isUpperCase(word.charAt(0)) ? "PROPN" : word.matches("\\p{P}+") ? "PUNCT" : "NOUN";
        String ner = tag.equals("LOC") ? "LOCATION" : tag.equals("PER") ? "PERSON" : "";
        conllu.append(id++).append(' ').append(word).append(' ').append(word).append(' ').append(pos)
            .append(" 0 dep");
        if (!ner.isEmpty()) {
          conllu.append(' ').append(ner);
        }
        conllu.append('\n');
      }
      conllu.append('\n');
    }
    return new ArrayList<>(Conllu.read(conllu.toString()));
  }

  static Sentence sentence(String text) {
    return sentences(text).get(0);
  }
}
