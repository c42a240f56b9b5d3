package io.mercato.ordering;

/**
 * Where one line of an order is on its way to the customer. Each shopkeeper ships their
 * own lines; the order is {@link OrderStatus#SHIPPED} once every line is.
 */
public enum FulfilmentStatus {

	/** Not shipped yet. */
	UNFULFILLED,

	/** Handed to a carrier, with its tracking number. */
	SHIPPED,

	/** The customer has it. */
	DELIVERED,

	/** The order was cancelled before this line shipped. */
	CANCELLED

}
