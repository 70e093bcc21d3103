package org.depesche.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, versioned: each migration is a SQL file under {@code depesche/store/}, applied once, in
 * order, when a store is opened. A newer store than this program knows is refused rather than misread.
 */
final class Schema {
  /** The migrations, oldest first; the version of a store is the number of them applied. */
  private static final List<String> MIGRATIONS = List.of("001-init.sql", "002-article-text.sql",
      "003-event-location.sql");

  private Schema() {}

  static int current() {
    return MIGRATIONS.size();
  }

  /** The schema version of a store, without changing it (0 for a file without Depesche's tables). */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables "
             + "WHERE table_name = 'schema_version'")) {
      r.next();
      if (r.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** The message for a store of a newer schema than this program knows. */
  static String newer(int version) {
    return "the store has schema version " + version + ", newer than this program's " + MIGRATIONS.size()
        + ": use a newer depesche";
  }

  static void migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int version = 0;
      try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
        if (r.next()) {
          version = r.getInt(1);
        }
      }
      if (version > MIGRATIONS.size()) {
        throw new SQLException(newer(version));
      }
      for (int v = version; v < MIGRATIONS.size(); v++) {
        c.setAutoCommit(false);
        try {
          for (String sql : statements(read(MIGRATIONS.get(v)))) {
            s.execute(sql);
          }
          s.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ")");
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
    }
  }

  private static String read(String name) {
    try (InputStream in = Schema.class.getResourceAsStream("/depesche/store/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a SQL file: comments dropped, split at semicolons that end a line. */
  private static List<String> statements(String sql) {
    String code = sql.lines().map(l -> l.replaceAll("--.*$", "")).reduce("", (a, b) -> a + b + "\n");
    return java.util.Arrays.stream(code.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
