package kr.dolbom.org;

/**
 * The demo organisation other modules' demo data builds on (try-it mode only): 충청남도 공주시 with
 * 신관동 as the demo users' office, and 부여군 as a second 시군구 for scope checks.
 */
public final class DemoOrg {

	public static final String PROVINCE = "4400000000";
	public static final String DISTRICT = "4415000000";
	public static final String OFFICE = "4415057000";
	public static final String SECOND_OFFICE = "4415059000";
	public static final String OTHER_DISTRICT = "4476000000";
	public static final String OTHER_OFFICE = "4476025000";
	public static final String PASSWORD = "Demo-2026!";

	private DemoOrg() {
	}
}
