package org.depesche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's prepared statements, each prepared once per connection: ingest runs the same few statements for
 * every article and event, and preparing them anew each time cost DuckDB more than running them.
 */
final class Statements implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** The connection, for a statement that must not be cached. */
  Connection connection() {
    return connection;
  }

  /** The statement for {@code sql}, its parameters cleared. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement p = prepared.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      prepared.put(sql, p);
    } else {
      p.clearParameters();
    }
    return p;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p : prepared.values()) {
      p.close();
    }
    prepared.clear();
  }
}
