package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a one-line error naming the file or line and a non-zero exit, without loading any model. */
class CommandLineErrorsTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void unknown_option_is_a_one_line_error() {
    CliRun r = run("code", "--frobnicate", "x.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("--frobnicate");
  }

  @Test
  void empty_binary_and_malformed_files_are_named() throws IOException {
    Path empty = Files.writeString(dir.resolve("leer.txt"), "");
    Path binary = Files.write(dir.resolve("bild.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path jsonl = Files.writeString(dir.resolve("kaputt.jsonl"), "{\"id\": \"a\", \"text\": \n");
    CliRun r = run("code", empty.toString(), binary.toString(), jsonl.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("leer.txt: empty file", "bild.txt: binary data, not text", "kaputt.jsonl:1: malformed JSON");
  }

  @Test
  void a_malformed_gold_file_is_a_one_line_error_naming_the_line() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\": \"a\", \"required\": []}\n{kaputt\n");
    CliRun r = run("eval", "--gold", gold.toString(), "--articles", gold.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("gold.jsonl:2: not a gold record");
  }

  @Test
  void missing_file_is_named() {
    CliRun r = run("code", dir.resolve("gibtsnicht.txt").toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("gibtsnicht.txt: no such file");
  }

  @Test
  void a_language_depesche_does_not_code_is_refused_in_one_line_naming_those_it_does() throws IOException {
    Path article = Files.writeString(dir.resolve("fr.txt"), "Titre\n\nLe président a parlé.\n");
    CliRun r = run("code", "--lang", "fr", article.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("'fr'", "it codes: de, en");
  }

  @Test
  void a_bad_actor_file_is_a_one_line_error_before_any_model_loads() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Titel\n\nDer Präsident sprach.\n");
    Path actors = Files.writeString(dir.resolve("akteure.yaml"), "people:\n  - id: x\n    nmes: [X]\n");
    CliRun r = run("code", "--actors", actors.toString(), article.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("akteure.yaml", "nmes");
    CliRun missing = run("code", "--actors", dir.resolve("fehlt.yaml").toString(), article.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("fehlt.yaml: no such file");
  }

  @Test
  void code_reads_feeds_and_warc_archives_as_ingest_does_and_names_a_broken_one_alike() throws IOException {
    Path feed = Files.writeString(dir.resolve("kaputt.rss"), "<rss><channel><item><title>halb");
    Path warc = Files.write(dir.resolve("kaputt.warc"), "WARC/1.0\r\nWARC-Type: nonsense\r\n".getBytes());
    CliRun code = run("code", feed.toString(), warc.toString());
    CliRun ingest = run("ingest", feed.toString(), warc.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(code.exit()).isEqualTo(1);
    assertThat(ingest.exit()).isEqualTo(3);
    List<String> problems = code.err().lines().filter(l -> l.startsWith("depesche: skipped")).toList();
    assertThat(problems).hasSize(2).anySatisfy(l -> assertThat(l).contains("kaputt.rss: "))
        .anySatisfy(l -> assertThat(l).contains("kaputt.warc: "));
    assertThat(ingest.err().lines().filter(l -> l.startsWith("depesche: skipped"))).isEqualTo(problems);
  }

  @Test
  void eval_arvig_names_a_missing_data_file_in_one_line() {
    CliRun r = run("eval-arvig", "--data", dir.resolve("gibtsnicht.jsonl").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("gibtsnicht.jsonl: no such file");
  }

  @Test
  void eval_arvig_refuses_an_unknown_part_and_verbose_on_the_held_out_part() throws IOException {
    Path data = Files.writeString(dir.resolve("arvig.jsonl"), "");
    CliRun part = run("eval-arvig", "--data", data.toString(), "--part", "test");
    assertThat(part.exit()).isEqualTo(2);
    assertThat(part.err().strip().lines()).hasSize(1).first().asString().contains("--part", "test");
    CliRun verbose = run("eval-arvig", "--data", data.toString(), "--part", "held-out", "--verbose");
    assertThat(verbose.exit()).isEqualTo(2);
    assertThat(verbose.err().strip().lines()).hasSize(1).first().asString().contains("--verbose", "held-out");
  }
}
