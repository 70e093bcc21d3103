package org.depesche.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguageFilesTest {
  @Test
  void every_file_a_manifest_names_is_there() {
    for (String code : List.of("de", "en")) {
      LanguageFiles files = LanguageFiles.of(code);
      for (String purpose : files.purposes()) {
        assertThat(LanguageFiles.class.getResource(files.resource(purpose))).as(files.resource(purpose)).isNotNull();
      }
    }
  }

  @Test
  void every_file_of_a_language_is_named_by_its_manifest_or_an_index() throws Exception {
    for (String code : List.of("de", "en")) {
      LanguageFiles files = LanguageFiles.of(code);
      Set<String> known = new HashSet<>();
      known.add("/depesche/" + code + "/language.yaml");
      for (String purpose : files.purposes()) {
        known.add(files.resource(purpose));
        if (purpose.endsWith("-index")) {
          files.lines(purpose).forEach(name -> known.add(files.beside(purpose, name)));
        }
      }
      assertThat(resourcesUnder(code)).as("files under depesche/" + code).isSubsetOf(known);
    }
  }

  @Test
  void a_purpose_the_manifest_lacks_fails_with_its_name() {
    assertThatThrownBy(() -> LanguageFiles.german().lines("gibt-es-nicht"))
        .hasMessageContaining("gibt-es-nicht").hasMessageContaining("de/language.yaml");
  }

  @Test
  void a_language_without_a_manifest_fails_loudly() {
    assertThatThrownBy(() -> LanguageFiles.of("xx")).hasMessageContaining("/depesche/xx/language.yaml");
  }

  private static Set<String> resourcesUnder(String code) throws IOException, URISyntaxException {
    Path root = Path.of(LanguageFiles.class.getResource("/depesche/" + code).toURI());
    Set<String> out = new HashSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> out.add("/depesche/" + code + "/" + root.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }
}
