package org.depesche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depesche.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code code} with the default {@code --lang auto} on a German and an English article in one run: each is coded in
 * its language, end to end through each language's data files, and one in a language Depesche does not code is
 * reported, not silently empty.
 */
@Tag("corenlp")
class MixedLanguagesTest {
  @Test
  void a_german_an_english_and_a_french_article_in_one_run(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("de.txt"), "Grenzstreit\n\nDatum: 2024-03-05\n\n"
        + "Die Regierung Ungarns kritisierte am Dienstag Österreich wegen der Grenzkontrollen scharf.\n");
    Files.writeString(dir.resolve("en.txt"), "Iran and Iraq\n\nDatum: 2024-03-05\n\n"
        + "Iraq on Tuesday rejected an appeal from Iran to reopen the border.\n");
    Files.writeString(dir.resolve("fr.txt"), "Retraites\n\nDatum: 2024-03-05\n\n"
        + "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, critiquée par les syndicats.\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run("code", "--format", "tsv", dir.toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String events = out.toString(StandardCharsets.UTF_8);
    assertThat(events).contains("\tHUNGOV\tAUT\t").contains("\t120\tIRQ\tIRN\t");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("fr.txt").contains("'fr'");
    assertThat(code).isNotZero();
  }
}
