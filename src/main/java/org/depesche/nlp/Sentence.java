package org.depesche.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One analysed sentence: tokens and, where it was parsed, their dependency tree.
 *
 * @param index  position in the article, from 0
 * @param begin  character offset in the article text
 * @param end    character offset of the sentence's end
 * @param text   the sentence as printed
 * @param tokens the words
 * @param parsed whether the dependency fields of the tokens are set
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The token at {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }

  /** The direct dependents of token {@code head}, in sentence order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }

  /** The dependents of {@code head} whose relation is {@code rel} or a subtype of it ("obl" also gives "obl:tmod"). */
  public List<Token> children(int head, String rel) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head && (t.rel().equals(rel) || t.rel().startsWith(rel + ":"))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code node} lies in the subtree of {@code root} (a node is in its own subtree). */
  public boolean dominates(int root, int node) {
    int steps = 0;
    for (int n = node; n >= 0 && steps <= tokens.size(); n = tokens.get(n).head(), steps++) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  /** The text between two token indices, inclusive, as printed. */
  public String textOf(int first, int last, int articleOffset) {
    return text.substring(tokens.get(first).begin() - articleOffset, tokens.get(last).end() - articleOffset);
  }
}
