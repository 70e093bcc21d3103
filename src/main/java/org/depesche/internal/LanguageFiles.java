package org.depesche.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;

/**
 * The bundled data files of one language. They live under {@code depesche/<code>/}, and the manifest
 * {@code depesche/<code>/language.yaml} names each by what it is for ("patterns", "speech-cues"), so that code
 * asks for a file's purpose and never spells a path. A file the manifest does not name, or a name the code asks for
 * that the manifest lacks, fails loudly.
 *
 * <p>Internal: not part of Depesche's API.
 */
public final class LanguageFiles {
  private final String code;
  private final Map<String, String> files;

  /** What {@code language.yaml} holds. */
  record Manifest(String code, String name, Map<String, String> files) {}

  private LanguageFiles(String code, Map<String, String> files) {
    this.code = code;
    this.files = Map.copyOf(files);
  }

  /** The files of the language {@code code} ({@code de}, {@code en}), from its manifest. */
  public static LanguageFiles of(String code) {
    String manifest = folder(code) + "language.yaml";
    Manifest m = DataFiles.yaml(manifest, Manifest.class);
    if (!code.equals(m.code()) || m.files() == null) {
      throw new IllegalStateException(manifest + ": expected code " + code + " and a list of files");
    }
    return new LanguageFiles(code, m.files());
  }

  /** The German files. */
  public static LanguageFiles german() {
    return of("de");
  }

  /** The language's ISO 639-1 code. */
  public String code() {
    return code;
  }

  /** The purposes the manifest names files for. */
  public java.util.Set<String> purposes() {
    return files.keySet();
  }

  /** The resource path of the file for {@code purpose}. */
  public String resource(String purpose) {
    String file = files.get(purpose);
    if (file == null) {
      throw new IllegalStateException(folder(code) + "language.yaml names no file for '" + purpose + "'");
    }
    return folder(code) + file;
  }

  /** The resource path of {@code name} in the folder of the file for {@code purpose} (files an index lists). */
  public String beside(String purpose, String name) {
    String r = resource(purpose);
    return r.substring(0, r.lastIndexOf('/') + 1) + name;
  }

  /** The non-comment lines of the word list for {@code purpose}. */
  public List<String> lines(String purpose) {
    return DataFiles.lines(resource(purpose));
  }

  /** The YAML file for {@code purpose}, read into {@code type}. */
  public <T> T yaml(String purpose, Class<T> type) {
    return DataFiles.yaml(resource(purpose), type);
  }

  /** The YAML list for {@code purpose}. */
  public <T> List<T> yamlList(String purpose, TypeReference<List<T>> type) {
    return DataFiles.yamlList(resource(purpose), type);
  }

  private static String folder(String code) {
    return "/depesche/" + code + "/";
  }
}
