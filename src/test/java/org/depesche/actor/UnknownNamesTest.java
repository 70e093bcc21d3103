package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.depesche.article.Article;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Names no dictionary knows are collected for the user, with what the text told about them. */
@Tag("corenlp")
class UnknownNamesTest {
  @Test
  void unknown_people_and_places_are_listed_with_counts_and_context() {
    UnknownNames unknown = new UnknownNames();
    for (String id : new String[] {"a", "b"}) {
      CodedArticle c = TestPipeline.get().code(new Article(id, "", null, LocalDate.of(2025, 3, 1), "de",
          "Der russische Oligarch Wassili Petrenkow landete in Saporischschja. Petrenkow schwieg."));
      unknown.add(id, c.sentences(), c.actors());
    }
    assertThat(unknown.names()).extracting(UnknownNames.Name::name).contains("Wassili Petrenkow", "Saporischschja");
    UnknownNames.Name person = unknown.names().stream().filter(n -> n.name().equals("Wassili Petrenkow"))
        .findFirst().orElseThrow();
    assertThat(person.country()).isEqualTo("RUS");
    assertThat(person.mentions()).isEqualTo(4);
    assertThat(person.articles()).containsExactlyInAnyOrder("a", "b");
    assertThat(person.example()).contains("Oligarch");
  }
}
