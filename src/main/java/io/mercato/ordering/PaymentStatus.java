package io.mercato.ordering;

/**
 * Where an order's money is, apart from its status.
 */
public enum PaymentStatus {

	/** Nothing was taken yet. */
	UNPAID,

	/** The total was taken. */
	PAID,

	/** Part of what was taken was given back. */
	PARTIALLY_REFUNDED,

	/** Everything taken was given back. */
	REFUNDED,

	/** The last attempt to take it failed. */
	FAILED

}
