package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesArticlesTest {
  @Test
  void bad_lines_are_reported_by_line_number_and_good_lines_kept() {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = JsonLinesArticles.parse("c.jsonl", String.join("\n",
        "{\"id\": \"a\", \"title\": \"T\", \"date\": \"2024-10-31\", \"text\": \"Text eins.\"}",
        "{\"id\": \"b\", \"text\": ",
        "[1, 2]",
        "{\"id\": \"c\"}",
        "{\"id\": \"d\", \"text\": \"Text zwei.\", \"date\": \"gestern\"}",
        "{\"id\": \"e\", \"text\": \"Text drei.\"}"), problems::add);
    assertThat(articles).extracting(Article::id).containsExactly("a", "e");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(problems).extracting(Problem::where).containsExactly("c.jsonl:2", "c.jsonl:3", "c.jsonl:4", "c.jsonl:5");
    assertThat(problems.get(0).message()).startsWith("malformed JSON");
  }

  /** The reader fuzz test's rule: a problem is one short line, even when the bad value has line breaks or is huge. */
  @Test
  void a_bad_date_is_quoted_in_one_short_line() {
    List<Problem> problems = new ArrayList<>();
    JsonLinesArticles.parse("c.jsonl", "{\"id\": \"a\", \"text\": \"T.\", \"date\": \"2026\\n01-22" + "x".repeat(5000)
        + "\"}", problems::add);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("bad \"date\" 2026 01-22x").doesNotContain("\n").hasSizeLessThan(100));
  }
}
