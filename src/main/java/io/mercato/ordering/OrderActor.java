package io.mercato.ordering;

/**
 * Who causes an order's transition, as its status history records it.
 */
public enum OrderActor {

	/** The customer who placed it (a guest with the order's token). */
	CUSTOMER,

	/** The shopkeeper of the order's lines. */
	SHOPKEEPER,

	/** An admin. */
	ADMIN,

	/** Mercato itself: the payments module, a scheduled job. */
	SYSTEM

}
