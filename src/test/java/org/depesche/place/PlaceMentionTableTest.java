package org.depesche.place;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Place mentions of real sentences (issue 12, "Places"): {@code place-mentions.tsv} names an article of
 * {@code ../shared/corpora} (never one of the gold files), the words of a place as printed, and what a reader takes
 * them to mean. The article is read in place, annotated by the German pipeline, and its places read by the
 * {@link Locator}: the place chosen for the mention must be the expected one. Expected answers: a GeoNames id;
 * {@code country:XXX} (the whole country, or any place of it); {@code region:NAME} (a first-level region, which
 * has no GeoNames id in the gazetteer); {@code none} (the words name no place here). Rows with a fifth column
 * ({@code known_failure}: why) are run and counted, not asserted.
 */
@Tag("corenlp")
class PlaceMentionTableTest {
  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final List<String> FILES = List.of("de-wikinews.jsonl", "10kgnad-test.jsonl");
  private static final Locator LOCATOR =
      new Locator(PlaceFinder.of(Gazetteer.of(LanguageFiles.german()), LanguageFiles.german()));

  private static Map<String, Article> articles;
  private static final Map<String, Read> READ = new ConcurrentHashMap<>();
  private static final Map<String, int[]> BY_KIND = new TreeMap<>();
  private static final List<String> WRONG = new ArrayList<>();
  private static int total;
  private static int right;

  record Row(int line, String article, String words, String expected, String kind, String knownFailure) {
    @Override
    public String toString() {
      return article + " \"" + words + "\" → " + expected + " (" + kind + ")"
          + (knownFailure.isEmpty() ? "" : " [known failure]");
    }
  }

  private record Read(List<Sentence> sentences, List<ResolvedPlaces.Choice> choices, String home) {}

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PlaceMentionTableTest.class.getResourceAsStream("/depesche/place/place-mentions.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 4) {
          throw new IllegalStateException("place-mentions.tsv line " + n + ": fewer than 4 columns");
        }
        out.add(Arguments.of(new Row(n, c[0], c[1], c[2], c[3], c.length > 4 ? c[4].trim() : "")));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void the_locator_reads_the_place_a_reader_reads(Row row) {
    SharedData.require("corpora"); // the place table reads its articles there
    String actual = answer(row);
    boolean ok = matches(row.expected(), actual);
    synchronized (PlaceMentionTableTest.class) {
      total++;
      int[] k = BY_KIND.computeIfAbsent(row.kind(), x -> new int[2]);
      k[1]++;
      if (ok) {
        right++;
        k[0]++;
      } else {
        WRONG.add((row.knownFailure().isEmpty() ? "FAIL  " : "known ") + row + " got " + actual + "\n      "
            + explain(row));
      }
    }
    if (row.knownFailure().isEmpty()) {
      assertThat(ok).as("place-mentions.tsv line %d: %s, but the Locator reads %s", row.line(), row, actual).isTrue();
    }
  }

  @AfterAll
  static void summary() {
    if (total == 0) {
      return;
    }
    StringBuilder s = new StringBuilder("\nplace-mentions.tsv: " + right + " of " + total + " rows right\n");
    BY_KIND.forEach((k, v) -> s.append(String.format("  %-16s %3d / %3d%n", k, v[0], v[1])));
    WRONG.forEach(w -> s.append("  ").append(w).append('\n'));
    System.out.println(s);
  }

  /** The mentions the finder read in the row's sentence, for the summary of rows read wrong. */
  private static String explain(Row row) {
    Read read = READ.get(row.article());
    if (read == null) {
      return "";
    }
    StringBuilder b = new StringBuilder("home " + read.home() + "; sentence mentions:");
    sentenceOf(read, row.words()).ifPresent(s -> read.choices().stream()
        .filter(c -> c.mention().sentence() == s.index())
        .forEach(c -> b.append(" [").append(c.mention().text()).append(' ').append(c.mention().cue()).append(" → ")
            .append(c.place() == null ? c.mention().country() : c.place().name() + "/" + c.place().country())
            .append(" of ").append(c.mention().places().size()).append(']')));
    return b.toString();
  }

  private static java.util.Optional<Sentence> sentenceOf(Read read, String words) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(words)
        + "(?![\\p{L}])");
    return read.sentences().stream().filter(s -> p.matcher(s.text()).find()).findFirst();
  }

  /** What the code reads the row's words as: a GeoNames id, region:NAME, country:XXX, or none. */
  private static String answer(Row row) {
    Article article = articles().get(row.article());
    assertThat(article).as("article %s in ../shared/corpora", row.article()).isNotNull();
    Read read = READ.computeIfAbsent(row.article(), id -> read(article));
    Sentence sentence = sentenceOf(read, row.words()).orElseThrow(() -> new AssertionError("no sentence of " + row.article() + " has \"" + row.words() + "\""));
    String words = row.words();
    List<ResolvedPlaces.Choice> here = read.choices().stream().filter(c -> c.mention().sentence() == sentence.index())
        .sorted(java.util.Comparator.comparing((ResolvedPlaces.Choice c) -> !c.mention().text().equals(words)))
        .toList();
    for (ResolvedPlaces.Choice c : here) {
      PlaceMention m = c.mention();
      if (overlaps(m.text(), words)) {
        Place p = c.place();
        if (p == null) {
          return "country:" + m.country();
        }
        if (p.kind() == Place.Kind.REGION) {
          return "region:" + p.admin1() + "|" + p.country();
        }
        return p.geonames() + "|" + p.country();
      }
    }
    return "none";
  }

  /** Whether a mention's words are the row's words or part of them, or the row's words part of the mention's. */
  private static boolean overlaps(String mention, String words) {
    return mention.equals(words) || words.contains(mention) || mention.contains(words);
  }

  private static boolean matches(String expected, String actual) {
    if (expected.equals("none") || actual.equals("none")) {
      return expected.equals(actual);
    }
    String country = actual.substring(actual.indexOf('|') + 1);
    String what = actual.substring(0, actual.indexOf('|') < 0 ? actual.length() : actual.indexOf('|'));
    if (expected.startsWith("country:")) {
      return expected.substring(8).equals(actual.startsWith("country:") ? actual.substring(8) : country);
    }
    return expected.equals(what);
  }

  private static Read read(Article article) {
    CodedArticle coded = TestPipeline.get().code(article);
    Locator.ArticlePlaces places = LOCATOR.read(coded.sentences(), List.of(), coded.actors().homeCountry());
    return new Read(coded.sentences(), ResolvedPlaces.of(places), coded.actors().homeCountry());
  }

  private static synchronized Map<String, Article> articles() {
    if (articles == null) {
      Map<String, Article> all = new HashMap<>();
      ArticleFiles files = new ArticleFiles(ArticleCleaner.standard());
      for (String f : FILES) {
        files.readFile(CORPORA.resolve(f), p -> { throw new AssertionError(p.toString()); })
            .forEach(a -> all.put(a.id(), a));
      }
      articles = all;
    }
    return articles;
  }
}
