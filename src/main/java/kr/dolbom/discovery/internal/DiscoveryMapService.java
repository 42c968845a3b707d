package kr.dolbom.discovery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.RoundState;
import kr.dolbom.org.Access;
import kr.dolbom.shared.NotFoundException;

/**
 * 지도기반 자체발굴대상자정보 (seeds appendix 1 4): the households of an office with utility-based
 * indicators (단전·단수·단가스·전기료체납) in a round, placed by the coordinates of the agency files —
 * "주체정보가 없는 위기징후 대상자를 주소 기반으로 조회하여 추가발굴을 지원". Households are shown without
 * names; the office must be in the caller's scope.
 */
@Service
public class DiscoveryMapService {

	/** One indicator of a household: kind, measure and date. */
	public record Sign(String indicatorName, Long amount, java.time.LocalDate observedOn) {
	}

	/** A household on the map: its number on the page, its place and its signs. */
	public record Point(int number, double lat, double lon, List<Sign> signs, double x, double y) {

		/** The indicator names, for the point's tooltip. */
		public String signNames() {
			return String.join(", ", signs.stream().map(Sign::indicatorName).toList());
		}
	}

	public record MapView(String officeCode, JdbcRounds.RoundRecord round, List<JdbcRounds.RoundRecord> rounds,
			List<Point> points, int width, int height) {
	}

	static final int WIDTH = 800;
	static final int HEIGHT = 560;
	private static final int MARGIN = 30;

	private final JdbcClient jdbc;
	private final JdbcRounds rounds;
	private final Access access;
	private final AccessLog accessLog;

	DiscoveryMapService(JdbcClient jdbc, JdbcRounds rounds, Access access, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.access = access;
		this.accessLog = accessLog;
	}

	public MapView map(String officeCode, RoundId roundId) {
		var user = access.requireAnyRole(SelfManagedRoles.VIEW);
		var office = officeCode != null ? officeCode : user.homeUnitCode().orElse(null);
		if (office == null || !user.scope().coversOffice(office)) {
			throw new NotFoundException("office", office);
		}
		var all = rounds.all();
		var shown = all.stream().filter(r -> r.state() == RoundState.DISTRIBUTED).toList();
		Optional<JdbcRounds.RoundRecord> round = roundId != null
				? all.stream().filter(r -> r.id().equals(roundId)).findFirst()
				: shown.stream().findFirst();
		if (roundId != null && round.isEmpty()) {
			throw new NotFoundException("round", roundId);
		}
		List<Point> points = round.map(r -> points(r.id(), office)).orElse(List.of());
		accessLog.record(AccessSubject.of("DISCOVERY_MAP", office + ":" + round.map(r -> r.label()).orElse("-"), office),
				AccessAction.VIEW, "지도기반 위기징후 가구 조회");
		return new MapView(office, round.orElse(null), shown, points, WIDTH, HEIGHT);
	}

	private List<Point> points(RoundId round, String office) {
		record Row(String household, double lat, double lon, String name, Long amount, java.time.LocalDate on) {
		}
		var rows = jdbc.sql("""
				SELECT COALESCE(s.household_key, r.rrn_hash) AS household, r.lat, r.lon, i.name, r.amount, r.observed_on
				FROM discovery_record r
				JOIN discovery_indicator i ON i.code = r.indicator_code AND i.utility = TRUE
				LEFT JOIN discovery_subject s ON s.round_id = r.round_id AND s.rrn_hash = r.rrn_hash
				WHERE r.round_id = :round AND r.office_code = :office AND r.lat IS NOT NULL AND r.lon IS NOT NULL
				ORDER BY household, i.sort_order, r.observed_on""")
				.param("round", round.value()).param("office", office)
				.query((rs, n) -> new Row(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4),
						(Long) rs.getObject(5, Long.class), rs.getObject(6, java.time.LocalDate.class)))
				.list();
		Map<String, List<Row>> households = new LinkedHashMap<>();
		rows.forEach(r -> households.computeIfAbsent(r.household(), k -> new ArrayList<>()).add(r));
		if (households.isEmpty()) {
			return List.of();
		}
		double minLat = rows.stream().mapToDouble(Row::lat).min().orElse(0);
		double maxLat = rows.stream().mapToDouble(Row::lat).max().orElse(0);
		double minLon = rows.stream().mapToDouble(Row::lon).min().orElse(0);
		double maxLon = rows.stream().mapToDouble(Row::lon).max().orElse(0);
		double spanLat = Math.max(maxLat - minLat, 1e-6);
		double spanLon = Math.max(maxLon - minLon, 1e-6);
		List<Point> points = new ArrayList<>();
		int number = 1;
		for (var household : households.values()) {
			var first = household.get(0);
			// north up: a larger latitude is higher on the page
			double x = MARGIN + (first.lon() - minLon) / spanLon * (WIDTH - 2 * MARGIN);
			double y = MARGIN + (maxLat - first.lat()) / spanLat * (HEIGHT - 2 * MARGIN);
			points.add(new Point(number++, first.lat(), first.lon(),
					household.stream().map(r -> new Sign(r.name(), r.amount(), r.on())).toList(), Math.round(x * 10) / 10.0,
					Math.round(y * 10) / 10.0));
		}
		return points;
	}
}
