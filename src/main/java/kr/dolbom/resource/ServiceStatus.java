package kr.dolbom.resource;

/** A service is active until it is ended (by the resource manager, a merge or the overhaul). */
public enum ServiceStatus {
	ACTIVE, ENDED
}
