package org.depesche.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.InvalidInputException;

/**
 * The gold events of one article.
 *
 * @param doc        the article id
 * @param required   events a careful reader must find
 * @param acceptable events a coder may emit without penalty
 */
public record GoldArticle(String doc, List<GoldEvent> required, List<GoldEvent> acceptable) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a gold file, one article a line. */
  public static List<GoldArticle> read(Path file) throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(lines.get(i));
        out.add(new GoldArticle(n.get("doc").asText(), events(n.get("required")), events(n.get("acceptable"))));
      } catch (IOException | RuntimeException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        throw new InvalidInputException(file + ":" + (i + 1) + ": not a gold record (" + why + ")");
      }
    }
    return out;
  }

  private static List<GoldEvent> events(JsonNode array) {
    List<GoldEvent> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    for (JsonNode e : array) {
      List<String> roots = new ArrayList<>();
      e.get("roots").forEach(r -> roots.add(r.asText()));
      out.add(new GoldEvent(e.path("id").asText(), e.path("what").asText(), e.get("src").asText(),
          e.get("tgt").asText(), roots, e.path("symmetric").asBoolean(false),
          e.hasNonNull("date") ? e.get("date").asText() : null, e.path("evidence").asText(),
          e.hasNonNull("place") ? e.get("place").asText() : null));
    }
    return out;
  }
}
