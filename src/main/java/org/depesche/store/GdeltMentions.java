package org.depesche.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the store as GDELT 2.0's Mentions table: one row per coded event (mention) of the real-world events the
 * event table lists, its 16 columns in GDELT's order, tab-separated without a header. GLOBALEVENTID is the cluster,
 * as in the event table; offsets count characters of the stored text (title, newline, body). Tone and translation
 * are left empty: Depesche reads German and measures no tone.
 */
final class GdeltMentions {
  /** GDELT 2.0 Mentions table columns, in order (GDELT Event Codebook V2.0, Mentions table). */
  static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
      "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
      "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
      "Extras");

  /**
   * Facts of every mention that GDELT's tables need, as SQL over {@code events e JOIN articles a}: the outlet (the
   * URL's host without {@code www.}; for an article without URL its id without the trailing number, which names the
   * corpus: {@code dewikinews}), when it was stored (UTC), and
   * whether it lies in the article's lead. The lead is the headline and the first paragraph, at most its first three
   * sentences: a text without paragraph breaks (10kGNAD's) is otherwise one long lead. A store without article texts
   * (schema version 1) counts the headline and the first sentence.
   */
  static final String FACTS = "SELECT e.*, a.url AS article_url, a.ingested, length(a.text) AS doc_length, "
      + "coalesce(nullif(regexp_replace(regexp_extract(a.url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)', 1), "
      + "'^www\\.', ''), ''), nullif(regexp_extract(a.id, '^(.*?)[-_]?[0-9]+$', 1), ''), a.id) AS outlet, "
      + "CAST(json_extract(e.record, '$.span[0]') AS INTEGER) AS begin_at, "
      + "CASE WHEN a.text IS NULL THEN e.sentence <= 1 ELSE e.sentence <= 3 AND "
      + "CAST(json_extract(e.record, '$.span[0]') AS INTEGER) < CASE WHEN coalesce(a.title, '') = '' "
      + "THEN length(regexp_extract(a.text, '^\\s*[^\\n]*')) "
      + "ELSE length(regexp_extract(a.text, '^[^\\n]*\\n\\s*[^\\n]*')) END END AS in_lead "
      + "FROM events e JOIN articles a ON a.id = e.article_id";

  private GdeltMentions() {}

  /** Writes every mention of the clusters with a mention that matches {@code filter}; returns the number of rows. */
  static int write(EventStore store, Path file, EventFilter filter) throws IOException {
    FilterSql w = FilterSql.of(filter);
    List<List<String>> rows = Jdbc.list(store.connection(), "WITH m AS (" + FACTS + "), added AS ("
        + "SELECT cluster_id, strftime(min(ingested), '%Y%m%d%H%M%S') AS added FROM m GROUP BY cluster_id) "
        + "SELECT m.*, added.added, strftime(m.ingested, '%Y%m%d%H%M%S') AS seen, "
        + "json_extract_string(m.record, '$.source.text') AS source_text, "
        + "json_extract_string(m.record, '$.target.text') AS target_text, "
        + "CAST(json_extract(m.record, '$.confidence') AS DOUBLE) AS confidence "
        + "FROM m JOIN added USING (cluster_id) WHERE m.cluster_id IN (SELECT e.cluster_id FROM events e WHERE "
        + w.where() + ") ORDER BY m.cluster_id, m.id", w.parameters(), GdeltMentions::row);
    GdeltExport.writeTsv(file, rows);
    return rows.size();
  }

  private static List<String> row(ResultSet r) throws SQLException {
    List<String> c = new ArrayList<>();
    String evidence = r.getString("evidence");
    int begin = r.getInt("begin_at");
    c.add(Long.toString(r.getLong("cluster_id")));
    c.add(nonNull(r.getString("added")));
    c.add(nonNull(r.getString("seen")));
    c.add("1"); // WEB: news articles, also when read from a file (then the identifier is the article's id)
    c.add(nonNull(r.getString("outlet")));
    c.add(r.getString("article_url") != null ? r.getString("article_url") : r.getString("article_id"));
    c.add(Integer.toString(r.getInt("sentence") + 1)); // GDELT counts sentences from 1
    int source = offset(evidence, r.getString("source_text"), begin);
    int target = offset(evidence, r.getString("target_text"), begin);
    c.add(Integer.toString(source));
    c.add(Integer.toString(target));
    c.add(Integer.toString(offset(evidence, r.getString("trigger_word"), begin)));
    boolean sourceNamed = r.getString("source_code") == null || source >= 0;
    boolean targetNamed = r.getString("target_code") == null || target >= 0;
    c.add(sourceNamed && targetNamed ? "1" : "0");
    c.add(Long.toString(Math.round(r.getDouble("confidence") * 100)));
    Object length = r.getObject("doc_length");
    c.add(length == null ? "" : length.toString());
    c.add("");
    c.add("");
    c.add("");
    return c;
  }

  /** Where {@code words} stand in the text: the sentence's offset plus theirs in it, or -1 (GDELT's "not found"). */
  private static int offset(String sentence, String words, int sentenceBegin) {
    if (sentence == null || words == null || words.isEmpty()) {
      return -1;
    }
    int at = sentence.indexOf(words);
    return at < 0 ? -1 : sentenceBegin + at;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
