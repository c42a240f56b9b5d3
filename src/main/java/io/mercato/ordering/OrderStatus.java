package io.mercato.ordering;

/**
 * Where an order is in its life. Which status may follow which, on what event and for
 * whom, is the status machine's table ({@code OrderStateMachine}); the payment's own
 * progress is {@link PaymentStatus}.
 */
public enum OrderStatus {

	/**
	 * Placed, its stock reserved, not paid yet; cancelled when unpaid past its window.
	 */
	PENDING,

	/** A payment is being taken; nothing else may happen to it meanwhile. */
	PROCESSING,

	/** Paid: its stock is sold and its shopkeepers may ship it. */
	CONFIRMED,

	/** Every line has left its shop. */
	SHIPPED,

	/** The customer has it. */
	DELIVERED,

	/** Closed for good after delivery. */
	COMPLETED,

	/** Cancelled before shipping; its stock went back. */
	CANCELLED,

	/**
	 * The last payment failed; the customer may pay again while the stock stays reserved.
	 */
	FAILED,

	/** Its whole payment was given back. */
	REFUNDED

}
