package kr.dolbom.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.shared.NotFoundException;

/**
 * The hierarchy in force today, held in memory (about 3,900 units) and rebuilt after code files are
 * applied and every night, so that a change effective on a future day takes effect on that day.
 */
@Service
public class OrgDirectory implements OrgUnits {

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile OrgTree tree = new OrgTree(List.of());

	OrgDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 1 0 * * *", zone = "Asia/Seoul")
	public void reload() {
		var today = LocalDate.now(clock);
		var units = jdbc.sql("""
				SELECT code, name, full_name, level, parent_code FROM org_unit
				WHERE (created_on IS NULL OR created_on <= :today) AND (abolished_on IS NULL OR abolished_on > :today)""")
				.param("today", today)
				.query((rs, n) -> new OrgUnit(rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
						OrgUnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code")))
				.list();
		replace(new OrgTree(units));
	}

	void replace(OrgTree snapshot) {
		tree = snapshot;
	}

	@Override
	public Optional<OrgUnit> find(String code) {
		return tree.find(code);
	}

	@Override
	public OrgUnit get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("org-unit", code));
	}

	@Override
	public List<OrgUnit> children(String code) {
		return tree.children(code);
	}

	@Override
	public List<OrgUnit> provinces() {
		return tree.provinces();
	}

	@Override
	public List<OrgUnit> officesUnder(String code) {
		return tree.officesUnder(code);
	}

	@Override
	public List<OrgUnit> ancestorsOrSelf(String code) {
		return tree.ancestorsOrSelf(code);
	}

	@Override
	public Optional<OrgUnit> districtOf(String code) {
		return tree.ancestorsOrSelf(code).stream().filter(u -> u.level() == OrgUnitLevel.DISTRICT).findFirst();
	}

	@Override
	public boolean isWithin(String code, String ancestorCode) {
		return tree.isWithin(code, ancestorCode);
	}

	public int size() {
		return tree.size();
	}
}
