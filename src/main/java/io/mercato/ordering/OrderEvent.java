package io.mercato.ordering;

/**
 * What may happen to an order; the status machine says in which status each is allowed,
 * for whom, and where it leads.
 */
public enum OrderEvent {

	/** A payment attempt starts. */
	PAY,

	/** The gateway took the money. */
	PAYMENT_SUCCEEDED,

	/** The gateway refused or failed. */
	PAYMENT_FAILED,

	/** Someone allowed to calls the order off. */
	CANCEL,

	/** The unpaid order's reservation window ran out. */
	EXPIRE,

	/** The order's lines left their shops. */
	SHIP,

	/** The carrier delivered it. */
	DELIVER,

	/** It is closed after delivery. */
	COMPLETE,

	/** Everything paid was given back. */
	REFUND,

	/**
	 * Money arrived for an order cancelled when its reservation window passed, and its
	 * stock is still there.
	 */
	LATE_PAYMENT

}
