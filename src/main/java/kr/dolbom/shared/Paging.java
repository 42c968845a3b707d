package kr.dolbom.shared;

/** A requested page; sizes are bounded so that no request can ask for a whole table. */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 0) {
			throw ValidationFailed.of("page", "validation.page.negative");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ValidationFailed.of("size", "validation.page.size", MAX_SIZE);
		}
	}

	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
