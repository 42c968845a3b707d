package kr.dolbom.people.internal.dataset;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.Rrn;
import kr.dolbom.people.internal.RrnProtection;

/**
 * Writes the generated people of a district into the database: PostgreSQL through COPY, other
 * databases (H2) through JDBC batches. Numbers are encrypted and hashed exactly as registration
 * does. Loading the same seed twice does nothing the second time.
 */
@Component
public class DistrictPeopleLoader {

	private static final Logger log = LoggerFactory.getLogger(DistrictPeopleLoader.class);
	private static final int CHUNK = 20_000;

	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final RrnProtection protection;
	private final OrgUnits units;
	private final Clock clock;

	DistrictPeopleLoader(DataSource dataSource, TransactionTemplate transactions, RrnProtection protection,
			OrgUnits units, Clock clock) {
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.protection = protection;
		this.units = units;
		this.clock = clock;
	}

	public record Loaded(int households, int persons, boolean alreadyPresent) {
	}

	public DistrictPeopleDataset dataset(String districtCode, long seed, int persons, int households) {
		var offices = units.officesUnder(districtCode).stream().map(OrgUnit::code).toList();
		if (offices.isEmpty()) {
			throw new IllegalArgumentException("no offices under " + districtCode);
		}
		// a fixed "today" keeps ages, and therefore numbers, the same whenever the dataset is regenerated
		return new DistrictPeopleDataset(seed, persons, households, offices, LocalDate.of(2026, 1, 1));
	}

	public Loaded load(DistrictPeopleDataset dataset) {
		var first = dataset.registrationNumbers().get(0);
		return transactions.execute(status -> {
			var connection = DataSourceUtils.getConnection(dataSource);
			try {
				if (alreadyLoaded(connection, protection.lookupHash(Rrn.parse(first)))) {
					return new Loaded(0, 0, true);
				}
				var writer = connection.isWrapperFor(PGConnection.class) ? new CopyWriter(connection) : new BatchWriter(connection);
				int[] counts = new int[2];
				var now = OffsetDateTime.now(clock);
				dataset.generate(h -> {
					writer.household(h, now);
					counts[0]++;
				}, m -> {
					writer.member(m, now);
					if (++counts[1] % 100_000 == 0) {
						log.info("{} persons generated", counts[1]);
					}
				});
				writer.flush();
				writer.analyse();
				return new Loaded(counts[0], counts[1], false);
			}
			catch (SQLException e) {
				throw new IllegalStateException("loading the district people failed", e);
			}
		});
	}

	private static boolean alreadyLoaded(Connection connection, String hash) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM person WHERE rrn_hash = ?")) {
			statement.setString(1, hash);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1) > 0;
			}
		}
	}

	private abstract class Writer {

		final List<Object[]> households = new ArrayList<>();
		final List<Object[]> persons = new ArrayList<>();

		void household(DistrictPeopleDataset.Household h, OffsetDateTime now) {
			households.add(new Object[] { h.id(), h.officeCode(), h.addressLine(), h.incomeClass().name(), now, 0 });
			if (households.size() >= CHUNK) {
				flushHouseholds();
			}
		}

		void member(DistrictPeopleDataset.Member m, OffsetDateTime now) {
			var rrn = Rrn.parse(m.rrn());
			persons.add(new Object[] { m.id(), m.name(), protection.encrypt(rrn), protection.lookupHash(rrn), rrn.masked(),
					m.birthDate(), rrn.sex().name(), false, m.phone(), m.householdId(), m.relationship().name(),
					m.officeCode(), m.disabilityType() == null ? null : m.disabilityType().name(),
					m.disabilityGrade() == null ? null : m.disabilityGrade().name(), now, now, 0 });
			if (persons.size() >= CHUNK) {
				flushHouseholds();
				flushPersons();
			}
		}

		void flush() {
			flushHouseholds();
			flushPersons();
		}

		abstract void flushHouseholds();

		abstract void flushPersons();

		/** Fresh planner statistics, so that the first queries after a bulk load use the indexes. */
		void analyse() {
		}
	}

	static final String HOUSEHOLD_COLUMNS = "id, office_code, address_line, income_class, created_at, version";
	static final String PERSON_COLUMNS = "id, name, rrn_cipher, rrn_hash, rrn_masked, birth_date, sex, foreign_resident, "
			+ "phone, household_id, relationship, office_code, disability_type, disability_grade, created_at, updated_at, version";

	/** PostgreSQL: COPY … FROM STDIN in CSV, a chunk at a time. */
	private final class CopyWriter extends Writer {

		private final PGConnection pg;
		private final Connection connection;

		CopyWriter(Connection connection) throws SQLException {
			this.pg = connection.unwrap(PGConnection.class);
			this.connection = connection;
		}

		@Override
		void analyse() {
			try (var statement = connection.createStatement()) {
				statement.execute("ANALYZE household");
				statement.execute("ANALYZE person");
			}
			catch (SQLException e) {
				throw new IllegalStateException("ANALYZE failed", e);
			}
		}

		@Override
		void flushHouseholds() {
			copy("household", HOUSEHOLD_COLUMNS, households);
		}

		@Override
		void flushPersons() {
			copy("person", PERSON_COLUMNS, persons);
		}

		private void copy(String table, String columns, List<Object[]> rows) {
			if (rows.isEmpty()) {
				return;
			}
			var csv = new StringBuilder(rows.size() * 200);
			for (var row : rows) {
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
			try {
				pg.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
						new StringReader(csv.toString()));
			}
			catch (Exception e) {
				throw new IllegalStateException("COPY into " + table + " failed", e);
			}
			rows.clear();
		}
	}

	/** Any other database: batched INSERTs. */
	private final class BatchWriter extends Writer {

		private final Connection connection;

		BatchWriter(Connection connection) {
			this.connection = connection;
		}

		@Override
		void flushHouseholds() {
			insert("household", HOUSEHOLD_COLUMNS, households);
		}

		@Override
		void flushPersons() {
			insert("person", PERSON_COLUMNS, persons);
		}

		private void insert(String table, String columns, List<Object[]> rows) {
			if (rows.isEmpty()) {
				return;
			}
			int n = columns.split(",").length;
			var sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?)";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (var row : rows) {
					for (int i = 0; i < row.length; i++) {
						statement.setObject(i + 1, row[i]);
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
			catch (SQLException e) {
				throw new IllegalStateException("inserting into " + table + " failed", e);
			}
			rows.clear();
		}
	}
}
