package io.mercato.shared.security;

/**
 * What a user may do in the marketplace. Every module authorizes against these; the
 * accounts module assigns them.
 */
public enum Role {

	/**
	 * Runs the marketplace: verifies shopkeepers, manages users, catalog structure and
	 * orders.
	 */
	ADMIN,

	/** Sells: lists products and fulfils the order lines of those products. */
	SHOPKEEPER,

	/** Buys: owns carts, orders and addresses. */
	CUSTOMER;

	/**
	 * Returns the Spring Security authority of this role.
	 * @return {@code ROLE_} and the role's name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
