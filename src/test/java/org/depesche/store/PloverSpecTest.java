package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.DataFiles;
import org.depesche.internal.NeedsShared;
import org.depesche.internal.SharedData;
import org.junit.jupiter.api.Test;

/**
 * PLOVER's allowed values, checked against the specification in {@code ../shared/ontology/plover_reference.html}:
 * the vocabulary's types are the specification's (by name, or by the 2021 renaming each declares), every type of the
 * specification is accounted for, and every type, mode and context of the CAMEO table is one the vocabulary allows.
 */
@NeedsShared("ontology/plover_reference.html")
class PloverSpecTest {
  private static final PloverVocabulary PLOVER = PloverVocabulary.standard();

  /** The event types the specification defines: the ids of its type sections. */
  private static Set<String> specificationTypes() throws IOException {
    String html = Files.readString(SharedData.ROOT.resolve("ontology/plover_reference.html"));
    Set<String> types = new HashSet<>();
    Matcher m = Pattern.compile("<h2 id=\"([A-Z]+)\">").matcher(html);
    while (m.find()) {
      types.add(m.group(1));
    }
    return types;
  }

  @Test
  void the_specification_defines_the_types_this_test_expects() throws IOException {
    assertThat(specificationTypes()).hasSize(18).contains("AGREE", "ASSAULT", "DEMAND", "DISAPPROVE");
  }

  @Test
  void every_type_is_one_of_the_specification_or_its_declared_successor() throws IOException {
    Set<String> spec = specificationTypes();
    for (PloverVocabulary.Type t : PLOVER.types().values()) {
      assertThat(spec).as(t.name()).containsAll(t.reference());
      if (spec.contains(t.name())) {
        assertThat(t.reference()).as("a type the specification has keeps its name").containsExactly(t.name());
      }
    }
    Set<String> covered = new HashSet<>(PLOVER.dropped().keySet());
    PLOVER.types().values().forEach(t -> covered.addAll(t.reference()));
    assertThat(covered).as("every type of the specification is written or declared dropped")
        .containsExactlyInAnyOrderElementsOf(spec);
  }

  @Test
  void every_coding_of_the_cameo_table_is_allowed() {
    List<String> wrong = new ArrayList<>();
    for (String line : DataFiles.lines("/depesche/ontology/cameo.tsv")) {
      String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 7);
      if (line.startsWith("code\t") || f[4] == null || f[4].isBlank()) {
        continue;
      }
      if (!PLOVER.types().containsKey(f[4])) {
        wrong.add(f[0] + ": type " + f[4]);
      }
      if (f[5] != null && !f[5].isEmpty() && !PLOVER.modes(f[4]).contains(f[5])) {
        wrong.add(f[0] + ": mode " + f[5] + " of " + f[4]);
      }
      for (String c : f[6] == null || f[6].isEmpty() ? new String[0] : f[6].split(";", -1)) {
        if (!PLOVER.contexts().contains(c)) {
          wrong.add(f[0] + ": context '" + c + "'");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_export_writes_only_allowed_values(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("plover.tsv");
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      PloverSamples.fill(store);
      assertThat(Export.write(store, Export.Format.PLOVER, file)).isPositive();
    }
    List<String> lines = Files.readAllLines(file);
    int type = PloverExport.COLUMNS.indexOf("Event Type");
    int mode = PloverExport.COLUMNS.indexOf("Event Mode");
    int contexts = PloverExport.COLUMNS.indexOf("Contexts");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      assertThat(PLOVER.types()).containsKey(f[type]);
      assertThat(f[mode].isEmpty() || PLOVER.modes(f[type]).contains(f[mode])).as(line).isTrue();
      for (String c : f[contexts].isEmpty() ? new String[0] : f[contexts].split(";")) {
        assertThat(PLOVER.contexts()).as(line).contains(c);
      }
    }
  }
}
