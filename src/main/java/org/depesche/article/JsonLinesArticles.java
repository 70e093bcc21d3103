package org.depesche.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON Lines corpora, one article a line: {@code {"id", "title"?, "date"?, "url"?, "lang"?, "text"}}.
 * A bad line is reported with its line number and skipped; the good lines are still read.
 */
public final class JsonLinesArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesArticles() {}

  /** Parses every line of {@code content}; problems go to {@code problems}, named {@code file:line}. */
  public static List<Article> parse(String file, String content, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    String[] lines = content.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        articles.add(parseLine(line));
      } catch (InvalidInputException e) {
        problems.accept(new Problem(where, e.getMessage()));
      }
    }
    return articles;
  }

  /**
   * Parses one JSON object into an article: what the streaming readers and the Spark job call line by line.
   *
   * @throws InvalidInputException (unchecked) for malformed JSON or a record without id or text
   */
  public static Article parseLine(String line) {
    JsonNode node = object(line);
    String text = textField(node, "text");
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("no \"text\" field");
    }
    String id = textField(node, "id");
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("no \"id\" field");
    }
    return new Article(id, textField(node, "title"), textField(node, "url"),
        date(textField(node, "date")), textField(node, "lang"), text);
  }

  /**
   * One line of JSON Lines, which must hold a JSON object.
   *
   * @throws InvalidInputException (unchecked) for malformed JSON or another value than an object, in one line
   */
  public static JsonNode object(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException("not a JSON object");
    }
    return node;
  }

  private static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      // the value is quoted in one line and cut short: a JSON string may hold line breaks and be of any length
      String shown = value.replaceAll("\\s+", " ");
      throw new InvalidInputException("bad \"date\" " + (shown.length() <= 40 ? shown : shown.substring(0, 40) + "…")
          + " (want YYYY-MM-DD)");
    }
  }
}
