package org.depesche.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.depesche.article.InvalidInputException;

/**
 * Reads the GermEval 2014 NER files: a {@code #} line naming the source, then one word a line as
 * {@code index<TAB>word<TAB>outer-tag<TAB>nested-tag}, and a blank line after each sentence. Only the outer tags
 * are kept: the nested column is checked but not scored.
 */
public final class GermEvalReader {
  private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|LOC|ORG|OTH)(deriv|part)?");

  private GermEvalReader() {}

  /**
   * The sentences of {@code file}, in order.
   *
   * @throws InvalidInputException (unchecked) for a malformed line, as one line {@code file:line: message}
   */
  public static List<GermEvalSentence> read(Path file) throws IOException {
    List<GermEvalSentence> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Pending pending = new Pending(file);
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          pending.finish(out);
        } else if (line.startsWith("#")) {
          pending.finish(out);
          pending.source = line.substring(1).replace('\t', ' ').strip();
        } else {
          pending.add(line, n);
        }
      }
      pending.finish(out);
    }
    return out;
  }

  /** The sentence being read. */
  private static final class Pending {
    private final Path file;
    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String source = "";
    private int firstLine;

    Pending(Path file) {
      this.file = file;
    }

    void add(String line, int n) {
      // split drops trailing empty strings: the test file has a stray tab after the nested tag on one line.
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw malformed(n, "expected 4 tab-separated columns (index, word, outer tag, nested tag), found "
            + cols.length);
      }
      if (!cols[0].equals(String.valueOf(words.size() + 1))) {
        throw malformed(n, "word index '" + cols[0] + "' should be " + (words.size() + 1));
      }
      // The words are joined with spaces for the annotator and mapped back by offsets: a blank inside one
      // would shift every later word.
      if (cols[1].isEmpty() || cols[1].chars().anyMatch(Character::isWhitespace)) {
        throw malformed(n, "the word '" + cols[1] + "' is empty or holds a space");
      }
      for (int c = 2; c <= 3; c++) {
        if (!TAG.matcher(cols[c]).matches()) {
          throw malformed(n, "'" + cols[c] + "' is not a tag (O, B-PER, I-LOCderiv, ...)");
        }
      }
      if (words.isEmpty()) {
        firstLine = n;
      }
      words.add(cols[1]);
      tags.add(cols[2]);
    }

    void finish(List<GermEvalSentence> out) {
      if (!words.isEmpty()) {
        out.add(new GermEvalSentence(source, firstLine, words, tags));
      }
      words.clear();
      tags.clear();
    }

    private InvalidInputException malformed(int line, String message) {
      return new InvalidInputException(file + ":" + line + ": " + message);
    }
  }
}
