package org.depesche.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.InvalidInputException;

/**
 * An article of the German Wikinews quotation-attribution corpus (Petersen-Frey and Biemann 2024): its text and the
 * annotated quotations with their speakers. Offsets are character offsets into the article's body.
 *
 * @param article the article (title, date, body)
 * @param split   the corpus split: train, dev or test
 * @param quotes  the annotated quotations
 */
public record QuoteGold(Article article, String split, List<Quote> quotes) {
  /** A character range {@code [begin, end)}. */
  public record Span(int begin, int end) {
    int overlap(int b, int e) {
      return Math.max(0, Math.min(end, e) - Math.max(begin, b));
    }
  }

  /** One annotated quotation: its type (Direct, Indirect, Reported, ...), its spans and its speaker's spans. */
  public record Quote(String type, List<Span> quote, List<Span> speaker) {
    public int length() {
      return quote.stream().mapToInt(s -> s.end() - s.begin()).sum();
    }

    /** Characters of {@code [b, e)} inside the quotation. */
    public int overlap(int b, int e) {
      return quote.stream().mapToInt(s -> s.overlap(b, e)).sum();
    }

    /** Whether {@code [b, e)} shares a character with the speaker. */
    public boolean speakerOverlaps(int b, int e) {
      return speaker.stream().anyMatch(s -> s.overlap(b, e) > 0);
    }
  }

  /** Reads the corpus's {@code annotations.jsonl}; a malformed line fails with file and line. */
  public static List<QuoteGold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<QuoteGold> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode d = json.readTree(line);
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode a : d.path("annotations")) {
          quotes.add(new Quote(a.path("type").asText(), spans(a.path("quote")), spans(a.path("speaker"))));
        }
        String date = d.path("date").asText(null);
        Article article = new Article(d.get("id").asText(), d.path("title").asText(""), null,
            date == null || date.isEmpty() ? null : LocalDate.parse(date), "de", d.get("text").asText());
        out.add(new QuoteGold(article, d.path("split").asText(""), quotes));
      } catch (IOException | RuntimeException e) {
        throw new InvalidInputException(file + ":" + n + ": not a quotation record ("
            + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
      }
    }
    return out;
  }

  private static List<Span> spans(JsonNode part) {
    List<Span> out = new ArrayList<>();
    for (JsonNode s : part.path("spans")) {
      out.add(new Span(s.get("charBegin").asInt(), s.get("charEnd").asInt()));
    }
    return out;
  }
}
