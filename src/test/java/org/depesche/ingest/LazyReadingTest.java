package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The readers hold one record at a time: each is given a stream that never ends, and must still hand out its first
 * articles (a reader that read everything first would never return), having read only a little way into it.
 */
@Timeout(30)
class LazyReadingTest {
  private final List<Problem> problems = new ArrayList<>();
  private final FileArticles files = new FileArticles(ArticleCleaner.standard());

  @TempDir
  Path dir;

  @Test
  void json_lines_are_read_one_line_at_a_time_from_an_endless_stream() {
    Endless corpus = new Endless(i -> ("{\"id\": \"n" + i + "\", \"text\": \"Merkel telefonierte mit Macron.\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    try (ArticleCursor cursor = files.open("korpus.jsonl", "korpus.jsonl", () -> corpus, problems::add)) {
      assertThat(take(cursor, 3)).extracting(Article::id).containsExactly("n0", "n1", "n2");
    }
    assertThat(corpus.served).isLessThan(1 << 20); // a buffer's worth, not the stream
    assertThat(corpus.closed).isTrue();
    assertThat(problems).isEmpty();
  }

  @Test
  void a_warc_archive_is_read_one_record_at_a_time_from_an_endless_stream() throws Exception {
    Endless archive = new Endless(i -> response("https://www.example.de/nachricht-" + i,
        "<html><body><article><h1>Nachricht " + i + "</h1><p>Merkel telefonierte mit Macron.</p></article></body>"
            + "</html>"));
    try (ArticleCursor cursor = files.open("CC-NEWS.warc.gz", "CC-NEWS.warc.gz", () -> archive, problems::add)) {
      assertThat(take(cursor, 3)).extracting(Article::url).containsExactly("https://www.example.de/nachricht-0",
          "https://www.example.de/nachricht-1", "https://www.example.de/nachricht-2");
    }
    assertThat(archive.served).isLessThan(1 << 20);
    assertThat(problems).isEmpty();
  }

  @Test
  void bad_lines_are_reported_with_their_number_and_the_good_ones_kept() throws Exception {
    Path corpus = Files.writeString(dir.resolve("k.jsonl"), """
        {"id": "a", "text": "Erster Artikel."}
        {"id": "b", "text": kaputt
        
        {"id": "c"}
        {"id": "d", "text": "Vierter Artikel."}
        """);
    Sources sources = new Sources(ArticleCleaner.standard(), new HttpFetcher());
    try (ArticleCursor cursor = sources.open(List.of(corpus.toString()), problems::add)) {
      assertThat(take(cursor, 10)).extracting(Article::id).containsExactly("a", "d");
    }
    assertThat(problems).extracting(Problem::where).containsExactly(corpus + ":2", corpus + ":4");
  }

  @Test
  void a_line_without_an_end_is_skipped_as_too_long_and_reading_goes_on() {
    byte[] huge = new byte[200];
    java.util.Arrays.fill(huge, (byte) 'x');
    String lines = "{\"id\": \"a\", \"text\": \"Erster.\"}\n" + new String(huge, StandardCharsets.US_ASCII)
        + "\n{\"id\": \"b\", \"text\": \"Zweiter.\"}\n";
    JsonLinesReader reader = new JsonLinesReader(new java.io.ByteArrayInputStream(
        lines.getBytes(StandardCharsets.UTF_8)), "k.jsonl", problems::add, 100);
    assertThat(take(reader, 10)).extracting(Article::id).containsExactly("a", "b");
    assertThat(problems).containsExactly(new Problem("k.jsonl:2", "line longer than 100 bytes"));
  }

  @Test
  void sources_open_one_file_at_a_time_and_only_when_its_turn_comes() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("korpus"));
    Files.writeString(folder.resolve("a.txt"), "Erster Artikel\nDer Minister trat zurück.");
    Files.writeString(folder.resolve("b.txt"), "Zweiter Artikel\nDie Ministerin trat zurück.");
    Sources sources = new Sources(ArticleCleaner.standard(), new HttpFetcher());
    try (ArticleCursor cursor = sources.open(List.of(folder.toString()), problems::add)) {
      assertThat(cursor.next().id()).isEqualTo("a.txt");
      Files.delete(folder.resolve("b.txt")); // not read yet: its turn has not come
      assertThat(cursor.hasNext()).isFalse();
    }
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.where()).endsWith("b.txt"));
  }

  private static List<Article> take(ArticleCursor cursor, int n) {
    List<Article> out = new ArrayList<>();
    while (out.size() < n && cursor.hasNext()) {
      out.add(cursor.next());
    }
    return out;
  }

  private static byte[] response(String url, String html) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-11-28T12:00:00Z"))
            .body(http).build());
      }
      return bytes.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A stream of records made on demand, one after another without end; counts the bytes it served. */
  private static final class Endless extends InputStream {
    private final IntFunction<byte[]> record;
    private byte[] current = new byte[0];
    private int at;
    private int next;
    long served;
    boolean closed;

    Endless(IntFunction<byte[]> record) {
      this.record = record;
    }

    @Override
    public int read() {
      if (at == current.length) {
        current = record.apply(next++);
        at = 0;
      }
      served++;
      return current[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len && (n == 0 || at < current.length)) {
        b[off + n++] = (byte) read();
      }
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
