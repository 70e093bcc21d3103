package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depesche.article.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermEvalReaderTest {
  /** Two sentences in the GermEval layout; one line ends in a stray tab, as one does in the test set. */
  private static final String TWO_SENTENCES = """
      #\thttp://example.org/a\t[2010-01-01]\t
      1\tAngela\tB-PER\tO
      2\tMerkel\tI-PER\tO
      3\tbesuchte\tO\tO
      4\tParis\tB-LOC\tO
      5\tund\tO\tO
      6\tdie\tO\tO
      7\tBank\tB-ORG\tO
      8\tof\tI-ORG\tO
      9\tEngland\tI-ORG\tB-LOC
      10\t.\tO\tO

      #\thttp://example.org/b\t[2010-01-02]\t
      1\tDie\tO\tO
      2\tdeutschen\tB-LOCderiv\tO\t
      3\tGrünen\tB-ORG\tO
      4\tlesen\tO\tO
      5\tHarry\tB-OTH\tB-PER
      6\tPotter\tI-OTH\tI-PER
      7\tin\tO\tO
      8\tEU-Staaten\tB-ORGpart\tO
      9\tund\tO\tO
      10\tBerlin\tI-LOC\tO
      """;

  @TempDir
  Path dir;

  private List<GermEvalSentence> read(String tsv) throws IOException {
    return GermEvalReader.read(Files.writeString(dir.resolve("ner.tsv"), tsv));
  }

  private void assertMalformed(String tsv, String message) {
    assertThatThrownBy(() -> read(tsv)).isInstanceOf(InvalidInputException.class)
        .hasMessage(dir.resolve("ner.tsv") + ":" + message);
  }

  @Test
  void reads_words_outer_tags_source_and_first_line() throws IOException {
    List<GermEvalSentence> s = read(TWO_SENTENCES);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).words()).containsExactly("Angela", "Merkel", "besuchte", "Paris", "und", "die", "Bank", "of",
        "England", ".");
    assertThat(s.get(0).tags()).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "I-ORG",
        "O");
    assertThat(s.get(0).source()).isEqualTo("http://example.org/a [2010-01-01]");
    assertThat(s.get(0).line()).isEqualTo(2);
    assertThat(s.get(1).line()).isEqualTo(14);
    assertThat(s.get(1).words()).hasSize(10).endsWith("Berlin");
  }

  @Test
  void text_joins_words_with_spaces_and_offsets_map_back_to_words() throws IOException {
    GermEvalSentence s = read(TWO_SENTENCES).get(0);
    assertThat(s.text()).isEqualTo("Angela Merkel besuchte Paris und die Bank of England .");
    assertThat(s.wordAt(0)).isZero();
    assertThat(s.wordAt(5)).isZero();
    assertThat(s.wordAt(7)).isEqualTo(1);
    assertThat(s.wordAt(s.text().length() - 1)).isEqualTo(9);
  }

  @Test
  void a_missing_column_names_file_and_line() {
    assertMalformed("#\tx\n1\tDie\tO\tO\n2\tUno\tB-ORG\n", "3: expected 4 tab-separated columns (index, word, "
        + "outer tag, nested tag), found 3");
  }

  @Test
  void an_unknown_tag_or_a_skipped_index_names_file_and_line() {
    assertMalformed("#\tx\n1\tDie\tO\tO\n2\tUno\tB-ORGA\tO\n", "3: 'B-ORGA' is not a tag (O, B-PER, I-LOCderiv, ...)");
    assertMalformed("#\tx\n1\tDie\tO\tO\n3\tUno\tB-ORG\tO\n", "3: word index '3' should be 2");
    assertMalformed("#\tx\n1\tDie Uno\tB-ORG\tO\n", "2: the word 'Die Uno' is empty or holds a space");
  }
}
