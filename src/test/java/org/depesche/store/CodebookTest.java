package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.event.Amount;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.event.Quote;
import org.depesche.place.Location;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/codebook.md} names every column of every export format, in the order written, and nothing else: each
 * format's table is compared with the columns the code writes, and the JSON Lines table with the fields of a record
 * that has every part.
 */
class CodebookTest {
  private static final Pattern HEADING = Pattern.compile("^## (.+)$");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

  @TempDir
  Path dir;

  /** Each section's columns: the first cell of its table rows, by the formats its heading names. */
  private static Map<String, List<String>> sections() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : Files.readAllLines(Path.of("docs", "codebook.md"))) {
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        current = new ArrayList<>();
        Matcher format = Pattern.compile("`([^`]+)`").matcher(h.group(1));
        while (format.find()) {
          out.put(format.group(1), current);
        }
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (current != null && row.find()) {
        current.add(row.group(1));
      }
    }
    return out;
  }

  @Test
  void every_format_has_a_section() throws IOException {
    assertThat(sections().keySet()).containsExactlyInAnyOrderElementsOf(
        java.util.Arrays.stream(Export.Format.values()).map(Export.Format::label).toList());
  }

  @Test
  void each_table_lists_the_columns_written_in_order() throws IOException {
    Map<String, List<String>> sections = sections();
    for (Export.Format f : Export.Format.values()) {
      if (f != Export.Format.JSONL) {
        assertThat(sections.get(f.label())).as(f.label()).containsExactlyElementsOf(Export.columns(f));
      }
    }
  }

  @Test
  void the_json_lines_table_lists_every_field_of_a_full_record() throws IOException {
    CameoOntology cameo = CameoOntology.standard();
    Article a = new Article("a", "Titel", "https://example.org/a", java.time.LocalDate.of(2024, 1, 2), "de",
        "Der Minister sagte: „Wir zahlen 5 Millionen Euro.“");
    Event e = new Event(a, 1, 6, 55, "Der Minister sagte: „Wir zahlen 5 Millionen Euro.“", 0, "zahlen",
        cameo.type("0331").orElseThrow(), new Actor("Der Minister", "Hans Muster", "DEU", null, "GOV"),
        new Actor("Kiew", null, "UKR", null, "GOV"), EventDate.day(a.published(), EventDate.Basis.PUBLICATION, null),
        Modality.ASSERTED, false, new Amount(5e6, "EUR", null, "5 Millionen Euro"),
        new Quote("Der Minister", "Wir zahlen 5 Millionen Euro."), 0.9)
        .withLocation(new Location("in Kiew", "Kyiv", 703448L, "UKR", "Kyiv City", 50.45, 30.52,
            Location.Basis.SENTENCE));
    Path file = dir.resolve("full.jsonl");
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.add(a, List.of(e), "test");
      Export.write(store, Export.Format.JSONL, file);
    }
    JsonNode record = new ObjectMapper().readTree(Files.readAllLines(file).get(0));
    Set<String> fields = new TreeSet<>();
    paths(record, "", fields);
    assertThat(new TreeSet<>(sections().get("jsonl"))).isEqualTo(fields);
  }

  /** The dotted paths of an object's leaves; a list is a leaf. */
  private static void paths(JsonNode node, String prefix, Set<String> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      String path = prefix + f.getKey();
      if (f.getValue().isObject()) {
        paths(f.getValue(), path + ".", out);
      } else {
        out.add(path);
      }
    }
  }
}
