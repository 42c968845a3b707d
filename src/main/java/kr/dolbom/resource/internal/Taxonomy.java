package kr.dolbom.resource.internal;

/** The standardised service names (표준 제공 서비스명) and their categories: reference data. */
public final class Taxonomy {

	public record Category(String code, String name) {
	}

	public record ServiceName(String code, String name, String categoryCode, String categoryName) {
	}

	private Taxonomy() {
	}
}
