package org.depesche.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the bundled data files (YAML and plain word lists under {@code depesche/}). A missing or malformed file
 * fails loudly with its name: the program cannot code without its linguistic knowledge.
 *
 * <p>Internal: not part of Depesche's API.
 */
public final class DataFiles {
  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private DataFiles() {}

  /** Reads a YAML resource into {@code type}; unknown keys are errors. */
  public static <T> T yaml(String resource, Class<T> type) {
    try (InputStream in = open(resource)) {
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a user's YAML file into {@code type}; unknown keys are errors that name the file. */
  public static <T> T yamlFile(java.nio.file.Path file, Class<T> type) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return YAML.readValue(in, type);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }

  /** Reads a YAML resource holding a list; an empty file is an empty list. */
  public static <T> List<T> yamlList(String resource, TypeReference<List<T>> type) {
    try (InputStream in = open(resource)) {
      List<T> list = YAML.readValue(in, type);
      return list == null ? List.of() : list;
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  /** The non-empty lines of a text resource that are not '#' comments, stripped. */
  public static List<String> lines(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = DataFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing data file " + resource);
    }
    return in;
  }
}
