package kr.dolbom.discovery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;

import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.shared.ValidationFailed;

/**
 * Stores one agency file of a round: the file row, a record per line and the persons it names
 * ({@code discovery_subject}, the number encrypted once per person). Runs in the caller's
 * transaction; when any line is invalid it throws {@link ValidationFailed} with every problem and
 * its line number, and the transaction takes every row already written back with it.
 */
final class AgencyFileIngest {

	private static final int BATCH = 10_000;

	private final JdbcTemplate jdbc;
	private final ResidentRegistry registry;

	AgencyFileIngest(JdbcTemplate jdbc, ResidentRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	int ingest(UUID roundId, String indicator, Charset charset, String encodingName, InputStream input,
			Predicate<String> knownOffice, LocalDate today, UUID uploadedBy, OffsetDateTime now) throws IOException {
		var fileId = kr.dolbom.shared.Ids.newId();
		jdbc.update("""
				INSERT INTO discovery_file (id, round_id, indicator_code, encoding, record_count, uploaded_at, uploaded_by)
				VALUES (?, ?, ?, ?, 0, ?, ?)""", fileId, roundId, indicator, encodingName, now, uploadedBy);
		var hashes = new HashMap<String, String>();
		// the persons the round's earlier files named already (uploads of a round are serialised by
		// the round's row lock): each person is encrypted and stored once per round
		var seen = new HashSet<String>(jdbc.queryForList("SELECT rrn_hash FROM discovery_subject WHERE round_id = ?",
				String.class, roundId));
		var records = new ArrayList<Object[]>(BATCH);
		var subjects = new ArrayList<Object[]>();
		var result = new AgencyFileReader(knownOffice, today).read(input, charset, row -> {
			var hash = hashes.computeIfAbsent(row.rrn().digits(), d -> registry.lookupKey(row.rrn()));
			if (seen.add(hash)) {
				subjects.add(new Object[] { roundId, hash, registry.seal(row.rrn()), row.name(), row.officeCode() });
			}
			records.add(new Object[] { roundId, fileId, indicator, row.line(), hash, row.officeCode(), row.observedOn(),
					row.amount(), row.lat(), row.lon() });
			if (records.size() >= BATCH) {
				flush(records, subjects);
			}
		});
		if (!result.accepted()) {
			throw new ValidationFailed(result.problems());
		}
		flush(records, subjects);
		jdbc.update("UPDATE discovery_file SET record_count = ? WHERE id = ?", result.rows(), fileId);
		return result.rows();
	}

	/**
	 * On PostgreSQL the records go in with COPY (several times faster than batched INSERTs for a
	 * national round's tens of millions of lines); in the caller's transaction like the INSERTs.
	 * Every value is an id, a code, a hex hash, a date or a number: nothing needs CSV quoting.
	 */
	private boolean copySubjects(List<Object[]> subjects) {
		return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) con -> {
			if (!con.isWrapperFor(org.postgresql.PGConnection.class)) {
				return false;
			}
			var text = new StringBuilder(subjects.size() * 200);
			for (var r : subjects) {
				// round id, hash, cipher (base64 with a "v1:" prefix), name (quoted: any text), office
				text.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(",\"")
						.append(r[3].toString().replace("\"", "\"\"")).append("\",").append(r[4]).append('\n');
			}
			try {
				con.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
						COPY discovery_subject (round_id, rrn_hash, rrn_cipher, name, office_code) FROM STDIN WITH (FORMAT csv)""",
						new java.io.StringReader(text.toString()));
			}
			catch (IOException e) {
				throw new java.sql.SQLException(e);
			}
			return true;
		}));
	}

	private boolean copy(List<Object[]> records) {
		return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) con -> {
			if (!con.isWrapperFor(org.postgresql.PGConnection.class)) {
				return false;
			}
			var text = new StringBuilder(records.size() * 160);
			for (var r : records) {
				for (int i = 0; i < r.length; i++) {
					if (i > 0) {
						text.append(',');
					}
					if (r[i] != null) {
						text.append(r[i]);
					}
				}
				text.append('\n');
			}
			try {
				con.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
						COPY discovery_record (round_id, file_id, indicator_code, line_no, rrn_hash, office_code,
						  observed_on, amount, lat, lon) FROM STDIN WITH (FORMAT csv)""",
						new java.io.StringReader(text.toString()));
			}
			catch (IOException e) {
				throw new java.sql.SQLException(e);
			}
			return true;
		}));
	}

	private void flush(List<Object[]> records, List<Object[]> subjects) {
		if (!subjects.isEmpty() && copySubjects(subjects)) {
			subjects.clear();
		}
		if (!subjects.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO discovery_subject (round_id, rrn_hash, rrn_cipher, name, office_code)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", subjects);
			subjects.clear();
		}
		if (!records.isEmpty() && copy(records)) {
			records.clear();
		}
		if (!records.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO discovery_record (round_id, file_id, indicator_code, line_no, rrn_hash, office_code,
					  observed_on, amount, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
			records.clear();
		}
	}
}
