package kr.dolbom.org;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/**
 * What a user may see. {@code roots} are the org units their grants (and their 권역형 team) cover:
 * they may see those units, everything below them and the ancestors above them. {@code offices}
 * are the 읍면동 whose residents and cases they may see; empty for the administrator and for
 * partner case managers, who see only what is shared with them.
 */
public record Scope(Set<String> roots, Set<String> offices, boolean national) implements Serializable {

	public Scope {
		roots = Set.copyOf(roots);
		offices = Set.copyOf(offices);
	}

	public static Scope none() {
		return new Scope(Set.of(), Set.of(), false);
	}

	/** Whether personal data registered to this 읍면동 is visible. */
	public boolean coversOffice(String officeCode) {
		return officeCode != null && offices.contains(officeCode);
	}

	public boolean coversAnyOffice(Collection<String> officeCodes) {
		return officeCodes.stream().anyMatch(this::coversOffice);
	}

	public boolean seesPersonalData() {
		return !offices.isEmpty();
	}
}
