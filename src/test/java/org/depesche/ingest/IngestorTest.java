package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.pipeline.German;
import org.depesche.pipeline.Pipeline;
import org.depesche.store.EventStore;
import org.depesche.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest loop on the German pipeline over hand-made parses instead of CoreNLP: "A telefonierte mit B." is
 * parsed as CoNLL-U, any other text fails to annotate, so every outcome (stored, already there, failed) is cheap to
 * bring about.
 */
class IngestorTest {
  private static final Pattern CALL = Pattern.compile("(\\p{L}+) telefonierte mit (\\p{L}+)\\.");
  /** A telephone call, parsed: the verb pattern codes it as 036 or 04x between the two named people. */
  private static final LinguisticAnnotator PARSES = (text, worthParsing) -> {
    Matcher m = CALL.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("no parse for '" + text + "'");
    }
    return Conllu.read("""
        1 %s %s PROPN 2 nsubj PERSON
        2 telefonierte telefonieren VERB 0 root
        3 mit mit ADP 4 case
        4 %s %s PROPN 2 obl PERSON
        5 . . PUNCT 2 punct
        """.formatted(m.group(1), m.group(1), m.group(2), m.group(2)));
  };

  private static Pipeline pipeline;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadTheDictionaries() {
    pipeline = Pipeline.of(new German(), PARSES);
  }

  private static Article article(String id, String text) {
    return new Article(id, "", "https://example.de/" + id, LocalDate.of(2019, 5, 6), "de", text);
  }

  /** Hears the ingest: what it was told, in order. */
  private static class Heard implements Ingestor.Listener {
    final List<String> calls = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void started(int total) {
      calls.add("started " + total);
    }

    @Override
    public void stored(int done, int total) {
      calls.add(done + "/" + total);
    }

    @Override
    public void problem(Problem p) {
      problems.add(p);
    }

    @Override
    public void finished() {
      calls.add("finished");
    }
  }

  @Test
  void stores_new_articles_with_their_events_and_counts_them() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      Heard heard = new Heard();
      Ingestor.Result r = new Ingestor(store, () -> pipeline, 2).ingest(List.of(
          article("a", "Merkel telefonierte mit Macron."), article("b", "Macron telefonierte mit Putin.")), heard);
      assertThat(r.stored()).isEqualTo(2);
      assertThat(r.skipped()).isZero();
      assertThat(r.events()).isPositive().isEqualTo(store.counts().events());
      assertThat(r.problems()).isEmpty();
      assertThat(store.counts().articles()).isEqualTo(2);
      assertThat(heard.calls).containsExactly("started 2", "1/2", "2/2", "finished");
    }
  }

  @Test
  void what_is_stored_already_is_skipped_without_loading_the_pipeline() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      List<Article> articles = List.of(article("a", "Merkel telefonierte mit Macron."));
      new Ingestor(store, () -> pipeline, 1).ingest(articles, new Heard());
      AtomicInteger loads = new AtomicInteger();
      Ingestor.Result again = new Ingestor(store, () -> {
        loads.incrementAndGet();
        return pipeline;
      }, 1).ingest(articles, new Heard());
      assertThat(again.stored()).isZero();
      assertThat(again.skipped()).isEqualTo(1);
      assertThat(loads).hasValue(0);
    }
  }

  @Test
  void the_same_text_twice_in_one_batch_is_stored_once() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      Ingestor.Result r = new Ingestor(store, () -> pipeline, 2).ingest(List.of(
          article("a", "Merkel telefonierte mit Macron."), article("b", "Merkel telefonierte mit Macron.")),
          new Heard());
      assertThat(r.stored()).isEqualTo(1);
      assertThat(r.skipped()).isEqualTo(1);
    }
  }

  @Test
  void an_article_that_fails_to_code_is_a_problem_and_the_rest_are_stored() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      Heard heard = new Heard();
      Ingestor.Result r = new Ingestor(store, () -> pipeline, 2).ingest(List.of(
          article("kaputt", "Das lässt sich nicht zerlegen."), article("a", "Merkel telefonierte mit Macron.")),
          heard);
      assertThat(r.stored()).isEqualTo(1);
      assertThat(r.problems()).singleElement().satisfies(p -> {
        assertThat(p.where()).isEqualTo("kaputt");
        assertThat(p.message()).startsWith("coding failed:").contains("no parse");
      });
      assertThat(heard.problems).isEqualTo(r.problems());
      assertThat(store.counts().articles()).isEqualTo(1);
    }
  }

  @Test
  void a_store_that_refuses_stops_the_ingest_and_the_listener_hears_the_end() {
    EventStore store = EventStore.open(dir.resolve("s.duckdb"));
    Heard heard = new Heard() {
      @Override
      public void stored(int done, int total) {
        super.stored(done, total);
        store.close(); // the store goes away after the first article
      }
    };
    Ingestor ingestor = new Ingestor(store, () -> pipeline, 1);
    assertThatThrownBy(() -> ingestor.ingest(List.of(article("a", "Merkel telefonierte mit Macron."),
        article("b", "Macron telefonierte mit Putin.")), heard))
        .isInstanceOf(StoreException.class).hasMessageContaining("the store refused b");
    assertThat(heard.calls).containsExactly("started 2", "1/2", "finished");
  }

  @Test
  void a_streamed_corpus_is_read_only_a_window_ahead_of_what_is_stored() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      int total = 200;
      AtomicInteger read = new AtomicInteger();
      java.util.Iterator<Article> corpus = new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          return read.get() < total;
        }

        @Override
        public Article next() {
          int i = read.getAndIncrement();
          String text = "Merkel" + (char) ('a' + i % 26) + " telefonierte mit Macron" + (char) ('a' + i / 26) + ".";
          return article("n" + i, text);
        }
      };
      List<Integer> ahead = new ArrayList<>();
      Heard heard = new Heard() {
        @Override
        public void stored(int done, int all) {
          super.stored(done, all);
          ahead.add(read.get() - done);
        }
      };
      Ingestor.Result r = new Ingestor(store, () -> pipeline, 2).ingest(corpus, heard);
      assertThat(r.stored()).isEqualTo(total);
      assertThat(heard.calls).startsWith("started -1", "1/-1").endsWith("200/-1", "finished");
      // two threads keep eight articles in flight: never more read than stored plus the window
      assertThat(ahead).hasSize(total).allSatisfy(n -> assertThat(n).isBetween(0, 8));
    }
  }

  @Test
  void a_streamed_corpus_skips_what_is_stored_without_loading_the_pipeline() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      List<Article> articles = List.of(article("a", "Merkel telefonierte mit Macron."));
      new Ingestor(store, () -> pipeline, 1).ingest(articles.iterator(), new Heard());
      AtomicInteger loads = new AtomicInteger();
      Ingestor.Result again = new Ingestor(store, () -> {
        loads.incrementAndGet();
        return pipeline;
      }, 1).ingest(articles.iterator(), new Heard());
      assertThat(again.skipped()).isEqualTo(1);
      assertThat(loads).hasValue(0);
    }
  }
}
