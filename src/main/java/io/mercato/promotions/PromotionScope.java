package io.mercato.promotions;

/**
 * Which lines a promotion discounts.
 */
public enum PromotionScope {

	/** Every line. Only admins create such promotions. */
	ALL,

	/**
	 * Lines whose product is in one of the promotion's categories or below one of them.
	 * Only admins create such promotions.
	 */
	CATEGORIES,

	/** Lines of the promotion's products. */
	PRODUCTS,

	/** Lines of one shopkeeper's products. */
	SHOPKEEPER

}
