package org.depesche.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.article.InvalidInputException;
import org.depesche.article.JsonLinesArticles;
import org.depesche.article.Problem;
import org.depesche.article.TextDecoder;

/**
 * Reads a JSON Lines corpus from a stream one line at a time, whatever its size: a line is decoded on its own
 * (UTF-8, else Windows-1252) and parsed by {@link JsonLinesArticles#parseLine}. A bad line, or one longer than
 * {@link #MAX_LINE_BYTES}, is reported as {@code file:line} and skipped; a stream that breaks off is reported and
 * ends the file, keeping what was read before.
 */
final class JsonLinesReader extends LazyArticles {
  /** No article is this long; a longer line is a broken file (a missing newline), not a record to hold. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final String where;
  private final Consumer<Problem> problems;
  private final int maxLine;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  private int number;

  /** @param in a buffered stream, closed with the cursor */
  JsonLinesReader(InputStream in, String where, Consumer<Problem> problems) {
    this(in, where, problems, MAX_LINE_BYTES);
  }

  /** As above, with another limit on the length of a line in bytes. */
  JsonLinesReader(InputStream in, String where, Consumer<Problem> problems, int maxLine) {
    this.in = in;
    this.where = where;
    this.problems = problems;
    this.maxLine = maxLine;
  }

  @Override
  protected Article read() {
    try {
      while (true) {
        Boolean complete = nextLine();
        if (complete == null) {
          return null;
        }
        number++;
        if (!complete) {
          problems.accept(new Problem(where + ":" + number, "line longer than "
              + (maxLine >= 1 << 20 ? (maxLine >> 20) + " MB" : maxLine + " bytes")));
          continue;
        }
        if (line.size() == 0) {
          continue;
        }
        try {
          String text = TextDecoder.decode(line.toByteArray()).strip();
          if (!text.isEmpty()) {
            return JsonLinesArticles.parseLine(text);
          }
        } catch (InvalidInputException e) {
          problems.accept(new Problem(where + ":" + number, e.getMessage()));
        }
      }
    } catch (IOException e) {
      problems.accept(new Problem(where, "cannot read after line " + number + ": " + e.getMessage()));
      return null;
    }
  }

  /**
   * Reads the next line into {@link #line}: true when it fits, false when it was too long (the rest of it is skipped),
   * null at the end of the stream.
   */
  private Boolean nextLine() throws IOException {
    line.reset();
    boolean tooLong = false;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      if (line.size() < maxLine) {
        line.write(b);
      } else {
        tooLong = true;
      }
      b = in.read();
    }
    if (tooLong) {
      line.reset();
    }
    return !tooLong;
  }

  @Override
  protected void release() {
    try {
      in.close();
    } catch (IOException e) {
      problems.accept(new Problem(where, "cannot close: " + e.getMessage()));
    }
  }
}
