package org.depesche.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CAMEO codes with names, Goldstein weights and PLOVER types, from {@code depesche/ontology/cameo.tsv}. */
public final class CameoOntology {
  private final Map<String, EventType> types;

  private CameoOntology(Map<String, EventType> types) {
    this.types = Map.copyOf(types);
  }

  /** The bundled table. */
  public static CameoOntology standard() {
    try (InputStream in = CameoOntology.class.getResourceAsStream("/depesche/ontology/cameo.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource depesche/ontology/cameo.tsv");
      }
      Map<String, EventType> types = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("code\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        types.put(f[0], new EventType(f[0], f[0].substring(0, 2), f[1], blankToNull(f[4]), blankToNull(f[5]),
            Integer.parseInt(f[3]), Double.parseDouble(f[2]), f[6].isBlank() ? List.of() : List.of(f[6].split(";"))));
      }
      return new CameoOntology(types);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CAMEO table", e);
    }
  }

  /** The type of {@code cameo}, or empty when the code does not exist. */
  public Optional<EventType> type(String cameo) {
    return Optional.ofNullable(types.get(cameo));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
