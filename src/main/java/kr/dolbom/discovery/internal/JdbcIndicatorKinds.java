package kr.dolbom.discovery.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.dolbom.discovery.IndicatorKind;
import kr.dolbom.discovery.IndicatorKinds;

@Component
class JdbcIndicatorKinds implements IndicatorKinds {

	private static final String COLUMNS = "code, name, agency, weight, utility";

	private final JdbcClient jdbc;

	JdbcIndicatorKinds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<IndicatorKind> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_indicator WHERE active ORDER BY sort_order, code")
				.query(IndicatorKind.class).list();
	}

	@Override
	public Optional<IndicatorKind> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_indicator WHERE code = ? AND active").param(code)
				.query(IndicatorKind.class).optional();
	}
}
