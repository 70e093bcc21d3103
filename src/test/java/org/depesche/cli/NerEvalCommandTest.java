package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-ner} reads its data before loading CoreNLP: a bad file fails at once, in one line. */
class NerEvalCommandTest {
  @TempDir
  Path dir;

  @Test
  void a_malformed_line_is_a_one_line_error_naming_file_and_line() throws IOException {
    Path data = Files.writeString(dir.resolve("ner.tsv"), "#\tx\n1\tDie\tO\tO\n2\tUno\tB-ORG\tO\n3\tTagt\n");
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.run("eval-ner", "--data", data.toString());
    } finally {
      System.setErr(old);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1).first().asString()
        .contains("ner.tsv:4: expected 4 tab-separated columns");
  }
}
