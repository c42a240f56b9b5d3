package io.mercato.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a product is in its life, and where it may go from there ({@link #next()}): a
 * draft is published or archived, a published product is withdrawn to a draft or
 * archived, and an archived one stays archived. Staying in a status is no transition and
 * always allowed.
 */
public enum ProductStatus {

	/** Being prepared; only its shopkeeper and admins see it. */
	DRAFT,

	/** For sale: listed and searchable while its shop is verified and active. */
	PUBLISHED,

	/** No longer sold, for good; kept for old orders and its shopkeeper's records. */
	ARCHIVED;

	/**
	 * Returns the statuses a product in this status may move to.
	 * @return the targets of the allowed transitions, without this status
	 */
	public Set<ProductStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PUBLISHED, ARCHIVED);
			case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
			// a sold product's listing is history: to sell it again, list it anew
			case ARCHIVED -> EnumSet.noneOf(ProductStatus.class);
		};
	}

	/**
	 * Whether a product in this status may be put in the target status.
	 * @param target the status asked for
	 * @return {@code true} when the target is this status or one of {@link #next()}
	 */
	public boolean mayBecome(ProductStatus target) {
		return target == this || next().contains(target);
	}

}
