package org.depesche.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.depesche.article.InvalidInputException;
import org.depesche.article.JsonLinesArticles;
import org.depesche.article.Problem;

/**
 * Reads ARVIG descriptions as JSON Lines, one record a line with at least {@code id}, {@code text},
 * {@code category_en}, {@code event_date} (YYYY-MM-DD), {@code latitude} and {@code longitude}; {@code location}
 * and {@code state} may be missing. A bad line is reported as {@code file:line: message} and skipped; the good
 * lines are still read.
 */
public final class ArvigReader {
  private ArvigReader() {}

  /**
   * The records of {@code file}, in order; each bad line goes to {@code problems}.
   *
   * @throws IllegalArgumentException (unchecked) when the file does not exist, naming it
   */
  public static List<ArvigRecord> read(Path file, Consumer<Problem> problems) throws IOException {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    }
  }

  /** Parses every line of {@code content}; problems are named {@code file:line}. A repeated id is a problem. */
  public static List<ArvigRecord> parse(String file, String content, Consumer<Problem> problems) {
    List<ArvigRecord> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = content.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        ArvigRecord r = record(lines[i]);
        if (!ids.add(r.id())) {
          throw new InvalidInputException("id " + r.id() + " appears again");
        }
        out.add(r);
      } catch (InvalidInputException e) {
        problems.accept(new Problem(file + ":" + (i + 1), e.getMessage()));
      }
    }
    return out;
  }

  private static ArvigRecord record(String line) {
    JsonNode n = JsonLinesArticles.object(line);
    return new ArvigRecord(required(n, "id"), required(n, "text"), required(n, "category_en"),
        date(required(n, "event_date")), optional(n, "location"), optional(n, "state"),
        degrees(n, "latitude", 90), degrees(n, "longitude", 180));
  }

  private static String required(JsonNode n, String field) {
    String v = optional(n, field);
    if (v.isBlank()) {
      throw new InvalidInputException("no \"" + field + "\" field");
    }
    return v;
  }

  private static String optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("bad \"event_date\" " + value + " (want YYYY-MM-DD)");
    }
  }

  private static double degrees(JsonNode n, String field, double limit) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber() || Math.abs(v.asDouble()) > limit) {
      throw new InvalidInputException("\"" + field + "\" is not a number of degrees within ±" + (int) limit);
    }
    return v.asDouble();
  }
}
