package kr.dolbom.consultation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.dolbom.consultation.NeedDomain;
import kr.dolbom.consultation.NeedDomains;

/** Reference data, read in the caller's language; small enough to read each time. */
@Component
class JdbcNeedDomains implements NeedDomains {

	private final JdbcClient jdbc;

	JdbcNeedDomains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	@Override
	public List<NeedDomain> all() {
		return jdbc.sql("SELECT code, name_ko, name_en, sort_order FROM need_domain ORDER BY sort_order")
				.query((rs, n) -> new NeedDomain(rs.getString(1), english() ? rs.getString(3) : rs.getString(2), rs.getInt(4)))
				.list();
	}

	@Override
	public Optional<NeedDomain> find(String code) {
		return all().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	@Override
	public List<ScaleLevel> crisisScale() {
		return jdbc.sql("SELECT level, label_ko, label_en FROM crisis_scale_level ORDER BY level")
				.query((rs, n) -> new ScaleLevel(rs.getInt(1), english() ? rs.getString(3) : rs.getString(2))).list();
	}
}
