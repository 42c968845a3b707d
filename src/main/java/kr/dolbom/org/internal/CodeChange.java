package kr.dolbom.org.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** One change to the administrative hierarchy after the base file, effective on a given day. */
record CodeChange(LocalDate effectiveOn, Kind kind, AdministrativeCode code, String provinceName,
		String districtName, String officeName, AdministrativeCode replacement) {

	enum Kind {
		CREATED("신설"), ABOLISHED("폐지"), RENAMED("명칭변경"), RECODED("코드변경");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		static Optional<Kind> fromLabel(String label) {
			return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
		}
	}

	/** The names as a base-file row, for the unit this change creates or renames. */
	CodeRow asRow(AdministrativeCode newCode) {
		return new CodeRow(newCode, provinceName, districtName, officeName, effectiveOn, null);
	}
}
