package kr.dolbom.shared.dataset;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * Bulk loading of generated datasets into a module's own tables: PostgreSQL through
 * {@code COPY … FROM STDIN (FORMAT csv)}, other databases (H2) through JDBC batches. Rows are
 * buffered per table and written a chunk at a time at points the caller marks as complete; tables are written in the order they were
 * first used, so parents go before children. Use it inside the caller's transaction on the
 * transaction's connection.
 */
public final class BulkWriter {

	private static final int CHUNK = 20_000;

	private final Connection connection;
	private final PGConnection pg;
	private final Map<String, Table> tables = new LinkedHashMap<>();

	private record Table(String name, String columns, List<Object[]> rows) {
	}

	public BulkWriter(Connection connection) throws SQLException {
		this.connection = connection;
		this.pg = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
	}

	/** Declares a table with its column list (comma-separated). */
	public BulkWriter table(String name, String columns) {
		tables.put(name, new Table(name, columns, new ArrayList<>()));
		return this;
	}

	/** Buffers a row; nothing is written before {@link #flushIfFull()} or {@link #flush()}. */
	public void row(String table, Object... values) {
		tables.get(table).rows().add(values);
	}

	/**
	 * Writes the buffered rows once a table holds a chunk's worth. Call it where every row buffered
	 * so far is complete (parents included), e.g. between two generated cases.
	 */
	public void flushIfFull() {
		if (tables.values().stream().anyMatch(t -> t.rows().size() >= CHUNK)) {
			flush();
		}
	}

	/** Writes every buffered row (parents first). */
	public void flush() {
		for (var t : tables.values()) {
			write(t);
		}
	}

	/** Fresh planner statistics for the tables written (PostgreSQL). */
	public void analyse() {
		if (pg == null) {
			return;
		}
		try (var statement = connection.createStatement()) {
			for (var t : tables.keySet()) {
				statement.execute("ANALYZE " + t);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("ANALYZE failed", e);
		}
	}

	private void write(Table t) {
		if (t.rows().isEmpty()) {
			return;
		}
		try {
			if (pg != null) {
				var csv = new StringBuilder(t.rows().size() * 160);
				for (var row : t.rows()) {
					for (int i = 0; i < row.length; i++) {
						if (i > 0) {
							csv.append(',');
						}
						if (row[i] != null) {
							csv.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
						}
					}
					csv.append('\n');
				}
				pg.getCopyAPI().copyIn("COPY " + t.name() + " (" + t.columns() + ") FROM STDIN (FORMAT csv)",
						new StringReader(csv.toString()));
			}
			else {
				int n = t.columns().split(",").length;
				try (var statement = connection.prepareStatement(
						"INSERT INTO " + t.name() + " (" + t.columns() + ") VALUES (" + "?, ".repeat(n - 1) + "?)")) {
					for (var row : t.rows()) {
						for (int i = 0; i < row.length; i++) {
							statement.setObject(i + 1, row[i]);
						}
						statement.addBatch();
					}
					statement.executeBatch();
				}
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("bulk write into " + t.name() + " failed", e);
		}
		t.rows().clear();
	}
}
