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

	private static final int BATCH = 2000;

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
		var seen = new HashSet<String>();
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

	private void flush(List<Object[]> records, List<Object[]> subjects) {
		if (!subjects.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO discovery_subject (round_id, rrn_hash, rrn_cipher, name, office_code)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", subjects);
			subjects.clear();
		}
		if (!records.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO discovery_record (round_id, file_id, indicator_code, line_no, rrn_hash, office_code,
					  observed_on, amount, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
			records.clear();
		}
	}
}
