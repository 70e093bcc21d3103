package org.depesche.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depesche.internal.DataFiles;

/**
 * PLOVER's allowed values, from {@code depesche/ontology/plover.tsv}: the event types (as POLECAT names them, with
 * the types of the 2017 PLOVER summary each stands for), each type's modes, and the contexts. The PLOVER export
 * writes only what this vocabulary allows, so a record of an older build ({@code " corruption"}, a context in the
 * mode field) comes out as the specification defines it.
 */
final class PloverVocabulary {
  /**
   * A PLOVER event type.
   *
   * @param name       its name as POLECAT writes it
   * @param reference  the types of the 2017 PLOVER summary it stands for
   * @param intensity  the PLOVER manual's conflict-cooperation score of the type
   */
  record Type(String name, List<String> reference, double intensity) {}

  /**
   * A type, mode and contexts that PLOVER allows.
   *
   * @param type     the type
   * @param mode     one of the type's modes, or null
   * @param contexts contexts, each one PLOVER defines, without repeats
   */
  record Coding(Type type, String mode, List<String> contexts) {}

  private static final PloverVocabulary STANDARD = read();

  private final Map<String, Type> types;
  private final Map<String, Set<String>> modes;
  private final Set<String> contexts;
  private final Map<String, String> dropped;

  private PloverVocabulary(Map<String, Type> types, Map<String, Set<String>> modes, Set<String> contexts,
      Map<String, String> dropped) {
    this.types = Map.copyOf(types);
    this.modes = Map.copyOf(modes);
    this.contexts = Set.copyOf(contexts);
    this.dropped = Map.copyOf(dropped);
  }

  /** The bundled vocabulary. */
  static PloverVocabulary standard() {
    return STANDARD;
  }

  /** The types, by name. */
  Map<String, Type> types() {
    return types;
  }

  /** The modes of a type (empty for an unknown type). */
  Set<String> modes(String type) {
    return modes.getOrDefault(type, Set.of());
  }

  /** Every context. */
  Set<String> contexts() {
    return contexts;
  }

  /** Types of the 2017 summary that have no type of their own any more, with what replaced them. */
  Map<String, String> dropped() {
    return dropped;
  }

  /**
   * The coding PLOVER allows for a stored type, mode and contexts, or null when the type is no PLOVER type (CAMEO's
   * statements, 01, have none). Values are trimmed; a mode that is a context of PLOVER's becomes a context (the
   * CAMEO conversion table gives 175 the mode {@code pro_autocracy}); a mode the type does not have is dropped.
   */
  Coding coding(String type, String mode, List<String> givenContexts) {
    Type t = type == null ? null : types.get(type.strip());
    if (t == null) {
      return null;
    }
    LinkedHashSet<String> found = new LinkedHashSet<>();
    String m = mode == null || mode.isBlank() ? null : mode.strip();
    if (m != null && !modes(t.name()).contains(m)) {
      if (contexts.contains(m)) {
        found.add(m);
      }
      m = null;
    }
    for (String c : givenContexts) {
      if (c != null && contexts.contains(c.strip())) {
        found.add(c.strip());
      }
    }
    return new Coding(t, m, new ArrayList<>(found));
  }

  private static PloverVocabulary read() {
    Map<String, Type> types = new HashMap<>();
    Map<String, Set<String>> modes = new HashMap<>();
    Set<String> contexts = new HashSet<>();
    Map<String, String> dropped = new HashMap<>();
    for (String line : DataFiles.lines("/depesche/ontology/plover.tsv")) {
      String[] f = Arrays.copyOf(line.split("\t", -1), 5); // DataFiles strips trailing empty fields
      switch (f[0]) {
        case "kind" -> { }
        case "type" -> types.put(f[1], new Type(f[1], List.of(f[3].split(" ")), Double.parseDouble(f[4])));
        case "mode" -> modes.computeIfAbsent(f[2], k -> new HashSet<>()).add(f[1]);
        case "context" -> contexts.add(f[1]);
        case "dropped" -> dropped.put(f[1], f[3]);
        default -> throw new IllegalStateException("plover.tsv: unknown kind '" + f[0] + "': " + line);
      }
    }
    for (String type : modes.keySet()) {
      if (!types.containsKey(type)) {
        throw new IllegalStateException("plover.tsv: modes for unknown type " + type);
      }
    }
    return new PloverVocabulary(types, modes, contexts, dropped);
  }
}
