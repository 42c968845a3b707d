package kr.dolbom.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;

/** An immutable snapshot of the units in force on one day, with parent and child links. */
final class OrgTree {

	private final Map<String, OrgUnit> units;
	private final Map<String, List<OrgUnit>> children;

	OrgTree(Collection<OrgUnit> inForce) {
		Map<String, OrgUnit> byCode = new HashMap<>();
		inForce.forEach(u -> byCode.put(u.code(), u));
		Map<String, List<OrgUnit>> byParent = new HashMap<>();
		for (var unit : inForce) {
			if (unit.parentCode() != null) {
				byParent.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
			}
		}
		byParent.values().forEach(list -> list.sort(Comparator.comparing(OrgUnit::code)));
		byParent.replaceAll((k, v) -> List.copyOf(v));
		this.units = Map.copyOf(byCode);
		this.children = Map.copyOf(byParent);
	}

	Optional<OrgUnit> find(String code) {
		return Optional.ofNullable(code == null ? null : units.get(code));
	}

	List<OrgUnit> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	List<OrgUnit> provinces() {
		return units.values().stream().filter(u -> u.level() == OrgUnitLevel.PROVINCE)
				.sorted(Comparator.comparing(OrgUnit::code)).toList();
	}

	List<OrgUnit> officesUnder(String code) {
		List<OrgUnit> offices = new ArrayList<>();
		find(code).ifPresent(root -> collectOffices(root, offices));
		return offices;
	}

	private void collectOffices(OrgUnit unit, List<OrgUnit> into) {
		if (unit.isOffice()) {
			into.add(unit);
			return;
		}
		children(unit.code()).forEach(child -> collectOffices(child, into));
	}

	List<OrgUnit> ancestorsOrSelf(String code) {
		List<OrgUnit> chain = new ArrayList<>();
		var current = find(code);
		while (current.isPresent()) {
			chain.add(current.get());
			current = find(current.get().parentCode());
		}
		return chain;
	}

	boolean isWithin(String code, String ancestorCode) {
		return ancestorsOrSelf(code).stream().anyMatch(u -> u.code().equals(ancestorCode));
	}

	int size() {
		return units.size();
	}
}
