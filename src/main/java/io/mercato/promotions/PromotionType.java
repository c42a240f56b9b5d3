package io.mercato.promotions;

/**
 * How a promotion's value discounts.
 */
public enum PromotionType {

	/** A percentage of the matching lines, greater than 0 and at most 100. */
	PERCENTAGE,

	/** A fixed amount off the matching lines together, greater than 0. */
	FIXED

}
