package org.depesche.time;

import java.util.List;
import java.util.Map;
import org.depesche.internal.DataFiles;

/** The German date words of {@code depesche/time/de.yaml}. */
record DateWords(List<String> months, Map<String, Integer> monthAliases, List<String> weekdays,
    Map<String, Integer> relativeDays) {

  static DateWords german() {
    return DataFiles.yaml("/depesche/time/de.yaml", DateWords.class);
  }

  /** The month number (1-12) of a month word, or 0. */
  int month(String word) {
    int i = months.indexOf(word);
    return i >= 0 ? i + 1 : monthAliases.getOrDefault(word, 0);
  }
}
