package org.socialchange.platform.identity;

/** The platform's own id of an educator (the {@code educators} row). */
public record EducatorId(long value) {

	public EducatorId {
		if (value <= 0) {
			throw new IllegalArgumentException("An educator id is positive, not " + value);
		}
	}

	public static EducatorId of(long value) {
		return new EducatorId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
