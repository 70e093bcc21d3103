package org.depesche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's JDBC plumbing: runs a piece of JDBC work with its {@link SQLException} turned into a
 * {@link StoreException}, and reads a query's rows into records, each row mapped by column name.
 */
final class Jdbc {
  private Jdbc() {}

  /** Work that talks to the database. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Makes one value from the current row of a result. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Runs {@code work}; a database failure becomes a {@link StoreException} with the database's message. */
  static <T> T unchecked(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** Every row of a read-only query, mapped; the parameters are bound in order, never spliced into the SQL. */
  static <T> List<T> list(Connection c, String sql, List<?> parameters, RowMapper<T> mapper) {
    return unchecked(() -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          p.setObject(i + 1, parameters.get(i));
        }
        List<T> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(mapper.map(r));
          }
        }
        return out;
      }
    });
  }

  /** A date column as a {@code LocalDate}, or null. */
  static java.time.LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, java.time.LocalDate.class);
  }
}
