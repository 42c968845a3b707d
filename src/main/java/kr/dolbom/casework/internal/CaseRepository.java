package kr.dolbom.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.StaleVersionException;

/** Maps {@link CaseFile} to rows, with the case history, co-managers and notices. */
@Repository
public class CaseRepository {

	private static final String COLUMNS = """
			id, person_id, household_id, consultation_id, office_code, district_code, requested_on, opened_on, state,
			selection, case_type, selection_reason, selected_on, assignee_id, main_agency, lacks_local_resources,
			active_plan_id, first_service_on, closed_on, state_before_closing, transferred_from, transferred_to, version""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseFile c, OffsetDateTime at) {
		jdbc.sql("INSERT INTO case_file (" + COLUMNS + ", created_at, updated_at) VALUES "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
				.params(c.id().value(), c.personId(), c.householdId(), c.consultationId(), c.officeCode(), c.districtCode(),
						c.requestedOn(), c.openedOn(), c.state().name(), name(c.selection()), name(c.caseType()),
						c.selectionReason(), c.selectedOn(), c.assignee(), c.mainAgency().name(), c.lacksLocalResources(),
						c.activePlanId(), c.firstServiceOn(), c.closedOn(), name(c.stateBeforeClosing()),
						c.transferredFrom(), c.transferredTo(), at, at)
				.update();
	}

	/** Optimistic locking: the row must still have the version the case was read with. */
	void update(CaseFile c, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE case_file SET state = ?, selection = ?, case_type = ?, selection_reason = ?, selected_on = ?,
				  assignee_id = ?, main_agency = ?, lacks_local_resources = ?, active_plan_id = ?, first_service_on = ?,
				  closed_on = ?, state_before_closing = ?, transferred_to = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(c.state().name(), name(c.selection()), name(c.caseType()), c.selectionReason(), c.selectedOn(),
						c.assignee(), c.mainAgency().name(), c.lacksLocalResources(), c.activePlanId(), c.firstServiceOn(),
						c.closedOn(), name(c.stateBeforeClosing()), c.transferredTo(), at, c.id().value(), c.version())
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	Optional<CaseFile> find(CaseId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE id = ?").param(id.value())
				.query(CaseRepository::row).optional();
	}

	/** The case and the cases it was transferred from, newest first: one history. */
	List<UUID> chain(CaseFile c) {
		List<UUID> chain = new ArrayList<>();
		chain.add(c.id().value());
		var previous = c.transferredFrom();
		while (previous != null && chain.size() < 50) {
			chain.add(previous);
			previous = jdbc.sql("SELECT transferred_from FROM case_file WHERE id = ?").param(previous)
					.query(UUID.class).optional().orElse(null);
		}
		return chain;
	}

	/** {@code ids}, when not null, narrows the list to those cases (e.g. the overdue ones). */
	public record ListFilter(Collection<String> offices, UUID coManager, CaseState state, UUID assignee, boolean openOnly,
			Collection<UUID> ids) {
	}

	PageResult<CaseFile> list(ListFilter filter, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		var where = where(filter, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM case_file" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		var items = jdbc.sql("SELECT " + COLUMNS + " FROM case_file" + where
				+ " ORDER BY opened_on DESC, id LIMIT :limit OFFSET :offset").params(params).query(CaseRepository::row)
				.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The whole list in the list's order, at most {@code limit} cases (an export). */
	List<CaseFile> listAll(ListFilter filter, int limit) {
		Map<String, Object> params = new HashMap<>();
		var where = where(filter, params);
		params.put("limit", limit);
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_file" + where + " ORDER BY opened_on DESC, id LIMIT :limit")
				.params(params).query(CaseRepository::row).list();
	}

	private static String where(ListFilter filter, Map<String, Object> params) {
		var where = new StringBuilder(" WHERE (");
		if (!filter.offices().isEmpty()) {
			where.append("office_code IN (:offices)");
			params.put("offices", filter.offices());
		}
		else {
			where.append("1 = 0");
		}
		if (filter.coManager() != null) {
			where.append(" OR id IN (SELECT case_id FROM case_co_manager WHERE user_id = :coManager)");
			params.put("coManager", filter.coManager());
		}
		where.append(")");
		if (filter.state() != null) {
			where.append(" AND state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.assignee() != null) {
			where.append(" AND assignee_id = :assignee");
			params.put("assignee", filter.assignee());
		}
		if (filter.openOnly()) {
			where.append(" AND state NOT IN ('NOT_SELECTED', 'CLOSED', 'TRANSFERRED')");
		}
		if (filter.ids() != null) {
			if (filter.ids().isEmpty()) {
				where.append(" AND 1 = 0");
			}
			else {
				where.append(" AND id IN (:ids)");
				params.put("ids", List.copyOf(filter.ids()));
			}
		}
		return where.toString();
	}

	List<CaseFile> ofPerson(UUID personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE person_id = ? ORDER BY opened_on DESC")
				.param(personId).query(CaseRepository::row).list();
	}

	// --- history

	public record HistoryEntry(OffsetDateTime at, String username, String action, String detail) {
	}

	void history(CaseId caseId, UUID userId, String username, String action, String detail, OffsetDateTime at) {
		jdbc.sql("INSERT INTO case_history (case_id, at, user_id, username, action, detail) VALUES (?, ?, ?, ?, ?, ?)")
				.params(caseId.value(), at, userId, username, action,
						detail != null && detail.length() > 2000 ? detail.substring(0, 2000) : detail)
				.update();
	}

	List<HistoryEntry> history(Collection<UUID> caseIds) {
		return jdbc.sql("SELECT at, username, action, detail FROM case_history WHERE case_id IN (:ids) ORDER BY at DESC, id DESC")
				.param("ids", caseIds)
				.query((rs, n) -> new HistoryEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.list();
	}

	// --- co-managers

	public record CoManager(UUID userId, String agency, LocalDate addedOn) {
	}

	void addCoManager(CaseId caseId, UUID userId, String agency, UUID meetingId, LocalDate on) {
		jdbc.sql("INSERT INTO case_co_manager (case_id, user_id, agency, meeting_id, added_on) VALUES (?, ?, ?, ?, ?)")
				.params(caseId.value(), userId, agency, meetingId, on).update();
	}

	boolean removeCoManager(CaseId caseId, UUID userId) {
		return jdbc.sql("DELETE FROM case_co_manager WHERE case_id = ? AND user_id = ?").params(caseId.value(), userId)
				.update() > 0;
	}

	List<CoManager> coManagers(CaseId caseId) {
		return jdbc.sql("SELECT user_id, agency, added_on FROM case_co_manager WHERE case_id = ? ORDER BY added_on")
				.param(caseId.value())
				.query((rs, n) -> new CoManager(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class)))
				.list();
	}

	List<UUID> sharedWith(UUID userId) {
		return jdbc.sql("SELECT case_id FROM case_co_manager WHERE user_id = ?").param(userId).query(UUID.class).list();
	}

	boolean isCoManager(CaseId caseId, UUID userId) {
		return jdbc.sql("SELECT COUNT(*) FROM case_co_manager WHERE case_id = ? AND user_id = ?")
				.params(caseId.value(), userId).query(Long.class).single() > 0;
	}

	// --- notices

	public record Notice(UUID id, String kind, LocalDate issuedOn, String text) {
	}

	void notice(CaseId caseId, UUID id, String kind, LocalDate on, String text) {
		jdbc.sql("INSERT INTO case_notice (id, case_id, kind, issued_on, text) VALUES (?, ?, ?, ?, ?)")
				.params(id, caseId.value(), kind, on, text).update();
	}

	List<Notice> notices(CaseId caseId) {
		return jdbc.sql("SELECT id, kind, issued_on, text FROM case_notice WHERE case_id = ? ORDER BY issued_on")
				.param(caseId.value())
				.query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4)))
				.list();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	static CaseFile row(ResultSet rs, int n) throws SQLException {
		return new CaseFile(new CaseId(rs.getObject("id", UUID.class)), rs.getObject("person_id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getObject("consultation_id", UUID.class),
				rs.getString("office_code"), rs.getString("district_code"), rs.getObject("requested_on", LocalDate.class),
				rs.getObject("opened_on", LocalDate.class), CaseState.valueOf(rs.getString("state")),
				enumOf(Selection.class, rs.getString("selection")), enumOf(CaseType.class, rs.getString("case_type")),
				rs.getString("selection_reason"), rs.getObject("selected_on", LocalDate.class),
				rs.getObject("assignee_id", UUID.class), MainAgency.valueOf(rs.getString("main_agency")),
				rs.getBoolean("lacks_local_resources"), rs.getObject("active_plan_id", UUID.class),
				rs.getObject("first_service_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				enumOf(CaseState.class, rs.getString("state_before_closing")), rs.getObject("transferred_from", UUID.class),
				rs.getObject("transferred_to", UUID.class), rs.getInt("version"));
	}
}
