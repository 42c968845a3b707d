package kr.dolbom.resource.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.shared.NotFoundException;

/**
 * Who may do what with the directory (appendix 7; docs/resource.md "Roles").
 * <ul>
 * <li>Approved and ended resources are a directory every signed-in user may read nationwide;
 * pending and rejected ones are seen only in the 시군구 where the provider is and in the 시군구 that
 * registered it. Anything else answers 404.</li>
 * <li>Registration (providers, services): 읍면동 workers and the 시군구 staff of {@link #REGISTER}.</li>
 * <li>Approval, rejection, ending, merging, overhaul: the {@link Role#RESOURCE_MANAGER} of the
 * 시군구 where the provider is; a user without that role there gets 403.</li>
 * </ul>
 */
@Component
public class ResourceAccess {

	static final Role[] REGISTER = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.DISTRICT_SUPPORT, Role.RESOURCE_MANAGER };

	/** Those who work with residents' cases and may link them to services (people module's EDIT roles). */
	static final Role[] LINK = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.DISTRICT_SUPPORT };

	private final Access access;
	private final OrgUnits units;

	ResourceAccess(Access access, OrgUnits units) {
		this.access = access;
		this.units = units;
	}

	/** Any signed-in user: the directory is reference data, not personal data. */
	public DolbomUser reader() {
		return access.requireAnyRole(Role.values());
	}

	public DolbomUser registrar() {
		return access.requireAnyRole(REGISTER);
	}

	public DolbomUser requireAnyRole(Role... roles) {
		return access.requireAnyRole(roles);
	}

	/** The 시군구 of the user's grants ("own 시군구"); a 시도 grant gives every 시군구 of that 시도. */
	public Set<String> districtsOf(DolbomUser user) {
		Set<String> districts = new LinkedHashSet<>();
		for (var grant : user.grants()) {
			if (grant.orgUnitCode() == null) {
				continue;
			}
			var unit = units.find(grant.orgUnitCode());
			if (unit.isEmpty()) {
				continue;
			}
			if (unit.get().level() == OrgUnitLevel.PROVINCE) {
				addDistrictsUnder(unit.get().code(), districts);
			}
			else {
				units.districtOf(unit.get().code()).ifPresent(d -> districts.add(d.code()));
			}
		}
		return districts;
	}

	/** Every 시군구 within a unit (the unit itself when it is one); the 시군구 of a 읍면동. */
	public Set<String> districtsWithin(String code) {
		Set<String> districts = new LinkedHashSet<>();
		var unit = units.get(code);
		switch (unit.level()) {
			case PROVINCE -> addDistrictsUnder(code, districts);
			case DISTRICT -> {
				districts.add(code);
				addDistrictsUnder(code, districts);
			}
			case OFFICE -> units.districtOf(code).ifPresent(d -> districts.add(d.code()));
		}
		return districts;
	}

	private void addDistrictsUnder(String code, Set<String> districts) {
		for (var child : units.children(code)) {
			if (child.level() == OrgUnitLevel.DISTRICT) {
				districts.add(child.code());
				addDistrictsUnder(child.code(), districts);
			}
		}
	}

	public boolean seesEverything(DolbomUser user) {
		return user.hasRole(Role.ADMIN);
	}

	public boolean canSee(DolbomUser user, ProviderRecord provider) {
		if (provider.status() == ProviderStatus.APPROVED || provider.status() == ProviderStatus.ENDED
				|| seesEverything(user)) {
			return true;
		}
		var mine = districtsOf(user);
		return mine.contains(provider.districtCode())
				|| (provider.registeredDistrictCode() != null && mine.contains(provider.registeredDistrictCode()));
	}

	/** 404 when the provider is not visible to the caller. */
	public ProviderRecord visible(DolbomUser user, ProviderRecord provider) {
		if (!canSee(user, provider)) {
			throw new NotFoundException("provider", provider.id());
		}
		return provider;
	}

	public boolean isManagerOf(DolbomUser user, String districtCode) {
		return user.unitsWithRole(Role.RESOURCE_MANAGER).contains(districtCode);
	}

	/** 403 unless the caller is the resource manager of this 시군구. */
	public void requireManagerOf(DolbomUser user, String districtCode) {
		access.requireAnyRole(Role.RESOURCE_MANAGER);
		if (!isManagerOf(user, districtCode)) {
			throw new AccessDeniedException("resource manager of " + districtCode + " required");
		}
	}

	/**
	 * Who may answer a linkage for a provider: the resource manager of the provider's 시군구 (for
	 * providers without their own account, after a call), and partner case managers whose agency is
	 * the provider (same name after normalisation).
	 */
	public boolean actsFor(DolbomUser user, ProviderRecord provider) {
		if (isManagerOf(user, provider.districtCode())) {
			return true;
		}
		return user.hasRole(Role.PARTNER_CASE_MANAGER) && user.agency() != null
				&& ResourceKeys.name(user.agency()).equals(ResourceKeys.name(provider.name()));
	}
}
