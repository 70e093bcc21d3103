package org.depesche.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Small valid inputs of every kind the readers take, and a seeded mutator that breaks them the ways real files break:
 * flipped bits, cut-off ends, NUL and control bytes, invalid UTF-8, deep nesting and endless lines. Mutating valid
 * inputs, rather than making random bytes, gets past the first check of each parser into its deeper paths.
 */
final class FuzzInputs {
  /** One input: a file name (which picks the reader) and its bytes. */
  record Input(String name, byte[] bytes) {}

  /**
   * A seed file; {@code gzip} means the name ends in {@code .gz} and the mutated text is compressed after mutation
   * (to reach the parser), or, for one input in four, the compressed bytes are mutated (to reach the decompressor).
   */
  private record Seed(String name, String text, boolean gzip) {}

  private static final String HTML = """
      <!DOCTYPE html><html lang="de"><head><title>Gipfel in Brüssel</title>
      <meta property="og:title" content="Merz trifft Macron">
      <meta property="article:published_time" content="2026-01-22T10:00:00+01:00">
      <link rel="canonical" href="https://www.example.de/gipfel"><script>var x = "<p>";</script></head>
      <body><nav><ul><li>Politik</li></ul></nav><article><h1>Merz trifft Macron</h1>
      <p>Foto: dpaBundeskanzler Friedrich Merz hat am Donnerstag Emmanuel Macron getroffen.</p>
      <p>Die beiden sprachen über die Ukraine (Foto: AP) &amp; den Haushalt.</p><p>Anzeige</p>
      <figure><figcaption>Bild: Reuters</figcaption></figure><ul><li>Teilen</li></ul></article>
      <footer>© Example 2026</footer></body></html>
      """;
  private static final String TEXT = """
      Merz trifft Macron in Brüssel
      Datum: 22.01.2026
      Quelle: https://www.example.de/gipfel
      Foto: dpa
      Bundeskanzler Friedrich Merz hat am Donnerstag Emmanuel Macron getroffen.
      Lesen Sie auch: Streik am Flughafen
      Kommentare (12)
      Die beiden sprachen über die Ukraine (Bild: AP) und den Haushalt.
      """;
  private static final String JSONL = """
      {"id": "n1", "title": "Gipfel", "date": "2026-01-22", "url": "https://www.example.de/a", "lang": "de", \
      "text": "Merz traf Macron.\\nSie sprachen \\u00fcber die Ukraine."}
      {"id": "n2", "text": "Die Gewerkschaft rief zum Streik auf.", "extra": {"tags": ["a", 1, null, true]}}
      {"id": 3, "date": "22.01.2026", "text": "Falsches Datum."}
      """;
  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Nachrichten</title><link>https://www.example.de/</link>
      <item><title>&lt;b&gt;Gipfel&lt;/b&gt; &amp; mehr</title><link>https://www.example.de/gipfel</link>
      <pubDate>Thu, 22 Jan 2026 10:00:00 +0100</pubDate></item>
      <item><title>Streik</title><link> /streik </link><description><![CDATA[<p>Verdi</p>]]></description></item>
      <item><title>Ohne Link</title></item></channel></rss>
      """;
  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Nachrichten</title><id>urn:x</id>
      <updated>2026-01-22T10:00:00Z</updated>
      <entry><title type="html">Gipfel &amp;amp; mehr</title><link href="https://www.example.de/gipfel"/>
      <id>urn:1</id><published>2026-01-22T10:00:00+01:00</published><updated>2026-01-22T10:00:00Z</updated></entry>
      </feed>
      """;
  private static final String RDF = """
      <?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://www.example.de/"><title>N</title><link>https://www.example.de/</link></channel>
      <item rdf:about="https://www.example.de/a"><title>Gipfel</title><link>https://www.example.de/a</link>
      <dc:date>2026-01-22T10:00:00+01:00</dc:date></item></rdf:RDF>
      """;

  private static final List<Seed> SEEDS = List.of(
      new Seed("meldung.txt", TEXT, false),
      new Seed("seite.html", HTML, false),
      new Seed("korpus.jsonl", JSONL, false),
      new Seed("korpus.jsonl.gz", JSONL, true),
      new Seed("archiv.warc", warc(), false),
      new Seed("archiv.warc.gz", warc(), true),
      new Seed("nachrichten.rss", RSS, false),
      new Seed("nachrichten.atom", ATOM, false),
      new Seed("nachrichten.xml", RDF, false));

  /** Things that parsers treat specially, spliced in whole. */
  private static final List<String> TOKENS = List.of(
      "\u0000", "\r", "\r\n\r\n", "\n", "\u2028", "\uFEFF", "&#0;", "&#x110000;", "&amp", "<![CDATA[", "]]>",
      "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;", "<?xml ",
      "<!--", "-->", "</", "<p>", "<article>", "\"", "\\", "\\u", "\\ud800", "{", "}", "[", "]", ":", ",",
      "WARC/1.0\r\n", "Content-Length: 99999999999999999999\r\n", "Content-Length: -5\r\n",
      "Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n", "HTTP/1.1 200 OK\r\n", "ffffffff\r\n",
      "Datum: 31.02.2026\n", "Datum: 99999-99-99\n", "Datum: 1.1.999999999\n", "Quelle: http://\n", "Foto:",
      "(Foto: ", "\"date\": \"2026-13-45\", ", "\"date\": \"x\\ny\", ", "1e999999", "-0.0e-99999999",
      "99999999999999999999999999999");

  /**
   * How deep the nesting and how long the runs a mutation inserts. The defaults keep the CI run to seconds; a longer
   * run ({@code -Dfuzz.maxRun=300000 -Dfuzz.maxNesting=20000 -Dfuzz.inputs=3000}, about 80 s) found the deep feed.
   */
  private static final int MAX_NESTING = Integer.getInteger("fuzz.maxNesting", 5_000);
  private static final int MAX_RUN = Integer.getInteger("fuzz.maxRun", 100_000);

  private FuzzInputs() {}

  /** The {@code index}-th input: always the same for the same index, so a failure names its own reproduction. */
  static Input input(int index) {
    Seed seed = SEEDS.get(index % SEEDS.size());
    Random random = new Random(0x5EED_0000L + index);
    byte[] text = seed.text().getBytes(StandardCharsets.UTF_8);
    if (index < SEEDS.size()) {
      return new Input(seed.name(), seed.gzip() ? gzip(text) : text); // the seeds themselves, unchanged
    }
    if (seed.gzip() && random.nextInt(4) == 0) {
      return new Input(seed.name(), mutate(gzip(text), random));
    }
    byte[] mutated = mutate(text, random);
    return new Input(seed.name(), seed.gzip() ? gzip(mutated) : mutated);
  }

  /** One to three mutations, stacked. */
  static byte[] mutate(byte[] in, Random random) {
    byte[] b = in;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      b = once(b, random);
    }
    return b;
  }

  private static byte[] once(byte[] b, Random random) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return switch (random.nextInt(9)) {
      case 0 -> flipBits(b, random);
      case 1 -> Arrays.copyOf(b, at); // cut off, as a download or disk that broke
      case 2 -> insert(b, at, controlBytes(random));
      case 3 -> insert(b, at, INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size())));
      case 4 -> insert(b, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
      case 5 -> insert(b, at, nesting(random));
      case 6 -> insert(b, at, run(random));
      case 7 -> splice(b, random);
      default -> delete(b, at, random);
    };
  }

  private static final List<byte[]> INVALID_UTF8 = List.of(
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0x80},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80},
      new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80});

  private static byte[] flipBits(byte[] b, Random random) {
    byte[] out = b.clone();
    for (int n = 1 + random.nextInt(8); n > 0 && out.length > 0; n--) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private static byte[] controlBytes(Random random) {
    byte[] c = new byte[1 + random.nextInt(4)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (byte) random.nextInt(0x20);
    }
    return c;
  }

  /** Thousands of open brackets or tags: the input that overflows a recursive parser's stack. */
  private static byte[] nesting(Random random) {
    String[] opens = {"[", "{\"a\":", "<div>", "<b><i>", "<a>", "<p><table><tr><td>"};
    String open = opens[random.nextInt(opens.length)];
    return open.repeat(1 + random.nextInt(MAX_NESTING)).getBytes(StandardCharsets.UTF_8);
  }

  /** A line of up to 100,000 units without a break: what a file that lost its newlines looks like. */
  private static byte[] run(Random random) {
    String[] units = {"x", " ", "\t", "ä", "(", "(Foto:", "Foto: ", "a b ", "<", "&", "1", "\\\\"};
    String unit = units[random.nextInt(units.length)];
    return unit.repeat(1 + random.nextInt(MAX_RUN)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] b, Random random) {
    if (b.length < 2) {
      return b;
    }
    int from = random.nextInt(b.length);
    int to = from + random.nextInt(b.length - from);
    return insert(b, random.nextInt(b.length + 1), Arrays.copyOfRange(b, from, to));
  }

  private static byte[] delete(byte[] b, int at, Random random) {
    int end = Math.min(b.length, at + 1 + random.nextInt(64));
    byte[] out = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, end, out, at, b.length - end);
    return out;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An uncompressed archive of an HTML page and an image, as text, so that mutations hit its headers. */
  private static String warc() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      writer.write(response("https://www.example.de/gipfel", "text/html; charset=utf-8", HTML));
      writer.write(response("https://www.example.de/logo.png", "image/png", "\u0089PNG"));
      writer.write(response("https://www.example.de/streik", "text/html", "<p>Verdi rief zum Streik auf.</p>"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    // a fixed record id, not jwarc's random one, so that an input index names the same bytes on every run
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-01-22T09:00:00Z"))
        .recordId(URI.create("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))))
        .body(http).build();
  }
}
