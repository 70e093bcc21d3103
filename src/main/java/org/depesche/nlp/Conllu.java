package org.depesche.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences as CoNLL-U text (https://universaldependencies.org/format.html), both ways.
 *
 * <p>Writing lets a pattern writer see and keep the parse a rule was written against ({@code depesche explain
 * --conllu}); reading lets the rules be tested on literal parses without loading CoreNLP, the way PETRARCH2
 * tests its rules on literal trees. Besides the ten tab-separated columns, {@link #read} takes a compact form
 * for hand-written tests: one word a line, {@code ID FORM LEMMA UPOS HEAD DEPREL [NER]} separated by spaces,
 * heads counted from 1 as in CoNLL-U (0 is the root). The named-entity class goes in MISC as {@code NER=...};
 * words are joined by one space unless MISC says {@code SpaceAfter=No}.
 */
public final class Conllu {
  private Conllu() {}

  /** The sentences of a CoNLL-U text (blank lines between sentences), numbered from 0 and laid end to end. */
  public static List<Sentence> read(String text) {
    List<Sentence> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int offset = 0;
    for (String raw : (text + "\n\n").split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (!rows.isEmpty()) {
          Sentence s = sentence(out.size(), offset, rows);
          out.add(s);
          offset = s.end() + 1;
          rows.clear();
        }
      } else if (!line.startsWith("#")) {
        rows.add(columns(raw.stripTrailing()));
      }
    }
    return out;
  }

  /** One sentence of a CoNLL-U text. */
  public static Sentence sentence(String text) {
    List<Sentence> all = read(text);
    if (all.size() != 1) {
      throw new IllegalArgumentException("expected one sentence, found " + all.size());
    }
    return all.get(0);
  }

  /** The sentence as CoNLL-U: a {@code # text} comment, then one word a line; unparsed sentences get head "_". */
  public static String write(Sentence s) {
    StringBuilder out = new StringBuilder("# text = ").append(s.text().replace('\n', ' ')).append('\n');
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean spaceAfter = i + 1 == tokens.size() || tokens.get(i + 1).begin() > t.end();
      List<String> misc = new ArrayList<>();
      if (!t.ner().equals("O")) {
        misc.add("NER=" + t.ner());
      }
      if (!spaceAfter) {
        misc.add("SpaceAfter=No");
      }
      String head = s.parsed() ? String.valueOf(t.head() + 1) : "_";
      String rel = s.parsed() ? t.rel() : "_";
      out.append(String.join("\t", String.valueOf(i + 1), t.word(), t.lemma(), t.pos(), "_", "_", head, rel, "_",
          misc.isEmpty() ? "_" : String.join("|", misc))).append('\n');
    }
    return out.toString();
  }

  /** The ten CoNLL-U columns of a line, from tabs or from the compact space-separated form. */
  private static String[] columns(String line) {
    String[] tabs = line.split("\t");
    if (tabs.length == 10) {
      return tabs;
    }
    String[] w = line.strip().split(" +");
    if (w.length < 6 || w.length > 7) {
      throw new IllegalArgumentException("neither CoNLL-U nor 'ID FORM LEMMA UPOS HEAD DEPREL [NER]': " + line);
    }
    String misc = w.length == 7 ? "NER=" + w[6] : "_";
    return new String[] {w[0], w[1], w[2], w[3], "_", "_", w[4], w[5], "_", misc};
  }

  private static Sentence sentence(int index, int begin, List<String[]> rows) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean parsed = !rows.get(0)[6].equals("_");
    for (String[] c : rows) {
      if (!c[0].matches("\\d+")) {
        continue; // multiword ranges (1-2) and empty nodes (1.1) carry no token of their own
      }
      String ner = "O";
      boolean spaceAfter = true;
      for (String m : c[9].split("\\|")) {
        if (m.startsWith("NER=")) {
          ner = m.substring(4);
        } else if (m.equals("SpaceAfter=No")) {
          spaceAfter = false;
        }
      }
      int from = begin + text.length();
      text.append(c[1]);
      int head = parsed ? Integer.parseInt(c[6]) - 1 : Token.UNPARSED;
      tokens.add(new Token(tokens.size(), c[1], c[2], c[3], ner, from, from + c[1].length(), head,
          parsed ? c[7] : ""));
      if (spaceAfter) {
        text.append(' ');
      }
    }
    String printed = text.toString().stripTrailing();
    return new Sentence(index, begin, begin + printed.length(), printed, tokens, parsed);
  }
}
