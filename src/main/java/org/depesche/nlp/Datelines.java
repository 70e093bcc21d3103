package org.depesche.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dateline ("Wien – Die FPÖ fordert Neuwahlen", "Bratislava/Wien – ...", "Genf (dpa) – ...") tells where a
 * report was filed, not who acted. The parser reads it into the clause, most often as the subject with the real
 * subject in apposition ("Wien" nsubj, "FPÖ" appos), so the city would become the actor. This takes the dateline out
 * of the clause after parsing: what hung on it takes its place, and the dateline hangs on the clause's root as
 * {@link #REL}, which readers of arguments treat as outside the clause.
 */
public final class Datelines {
  /** The relation of a detached dateline to its sentence's root. */
  public static final String REL = "dep:dateline";
  private static final Set<String> DASHES = Set.of("–", "—", "-");
  /** Tokens of a dateline at most, the dash not counted: "Frankfurt/Brüssel/Luxemburg" is five. */
  private static final int MAX = 7;

  private Datelines() {}

  /** The tokens with a dateline detached, or the same tokens where the sentence opens with none or is unparsed. */
  static List<Token> detach(List<Token> tokens) {
    int dash = dash(tokens);
    if (dash < 0 || tokens.get(0).head() == Token.UNPARSED) {
      return tokens;
    }
    int[] heads = new int[tokens.size()];
    String[] rels = new String[tokens.size()];
    for (Token t : tokens) {
      heads[t.index()] = t.head();
      rels[t.index()] = t.rel();
    }
    // The dateline token that attaches it to the clause (or is the root), and where it attaches.
    int top = -1;
    for (int i = 0; i <= dash && top < 0; i++) {
      if (!inDateline(heads[i], dash) && !tokens.get(i).isPos("PUNCT")) {
        top = i;
      }
    }
    if (top < 0) {
      return tokens;
    }
    List<Integer> hanging = new ArrayList<>();
    for (int i = dash + 1; i < tokens.size(); i++) {
      if (inDateline(heads[i], dash)) {
        hanging.add(i);
      }
    }
    int heir = heir(tokens, hanging, heads[top] < 0);
    if (heir < 0) {
      return tokens;
    }
    // The first word that hung on the dateline takes its place ("FPÖ" becomes the subject, or the verb the root);
    // the rest hang on it or, where the dateline had a head in the clause, there.
    for (int i : hanging) {
      if (i == heir) {
        heads[i] = heads[top];
        rels[i] = rels[top];
      } else {
        heads[i] = heads[top] < 0 ? heir : heads[top];
      }
    }
    int root = heads[top] < 0 ? heir : rootOf(heads, heads[top]);
    for (int i = 0; i <= dash; i++) {
      if (!inDateline(heads[i], dash)) {
        heads[i] = root;
        rels[i] = i == top ? REL : "punct";
      }
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(), heads[t.index()],
          rels[t.index()]));
    }
    return out;
  }

  /**
   * The index of the dash closing a dateline at the start of the sentence, or -1: capitalised words and slashes,
   * an agency in brackets, then a dash with words after it.
   */
  private static int dash(List<Token> tokens) {
    // a name, not a noun: "Kanzlerin – die erste im Amt – sagte" opens with an aside, not a dateline
    if (tokens.size() < 4 || !tokens.get(0).isPos("PROPN", "X")
        || !Character.isUpperCase(tokens.get(0).word().charAt(0))) {
      return -1;
    }
    boolean bracket = false;
    for (int i = 1; i <= MAX && i < tokens.size() - 2; i++) {
      String w = tokens.get(i).word();
      if (!bracket && DASHES.contains(w)) {
        return i;
      }
      if (w.equals("(")) {
        bracket = true;
      } else if (w.equals(")")) {
        bracket = false;
      } else if (!bracket && !w.equals("/") && !Character.isUpperCase(w.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean inDateline(int head, int dash) {
    return head >= 0 && head <= dash;
  }

  /**
   * Which of the words that hung on the dateline takes its place: where the dateline was the root, the first verb
   * (else the first word that is no punctuation); otherwise the first word that is no punctuation.
   */
  private static int heir(List<Token> tokens, List<Integer> hanging, boolean wasRoot) {
    if (wasRoot) {
      for (int i : hanging) {
        if (tokens.get(i).isVerb()) {
          return i;
        }
      }
    }
    for (int i : hanging) {
      if (!tokens.get(i).isPos("PUNCT")) {
        return i;
      }
    }
    return -1;
  }

  private static int rootOf(int[] heads, int from) {
    int i = from;
    for (int steps = 0; heads[i] >= 0 && steps < heads.length; steps++) {
      i = heads[i];
    }
    return i;
  }
}
