package org.depesche.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The German date words of {@code depesche/time/de.yaml}. */
record DateWords(List<String> months, Map<String, Integer> monthAliases, List<String> weekdays,
    Map<String, Integer> relativeDays) {

  static DateWords german() {
    ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).build();
    try (InputStream in = DateWords.class.getResourceAsStream("/depesche/time/de.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing resource depesche/time/de.yaml");
      }
      return yaml.readValue(in, DateWords.class);
    } catch (IOException e) {
      throw new UncheckedIOException("de.yaml: " + e.getMessage(), e);
    }
  }

  /** The month number (1-12) of a month word, or 0. */
  int month(String word) {
    int i = months.indexOf(word);
    return i >= 0 ? i + 1 : monthAliases.getOrDefault(word, 0);
  }
}
