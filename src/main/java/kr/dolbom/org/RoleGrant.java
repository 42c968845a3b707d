package kr.dolbom.org;

import java.io.Serializable;

/** A role held at an org unit. */
public record RoleGrant(Role role, String orgUnitCode) implements Serializable {
}
