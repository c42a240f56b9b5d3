package io.mercato.ordering;

/**
 * What became of an order whose payment succeeded, as
 * {@link OrderManagement#acceptPayment} answers.
 */
public enum PaymentAcceptance {

	/** The order is paid and confirmed; its stock is sold. */
	CONFIRMED,

	/**
	 * The order had been cancelled when its reservation window passed; its stock was
	 * still there, so it was reserved and sold again and the order is confirmed.
	 */
	REVIVED,

	/**
	 * The order cannot take the money: it was cancelled and its stock is gone, or a
	 * person cancelled it. It stays cancelled (with reason
	 * {@code stock_unavailable_after_payment} where the stock is gone), and the payment
	 * must be given back in full.
	 */
	REFUSED,

	/**
	 * The order had been paid already by another payment, which this one duplicates; it
	 * must be given back in full.
	 */
	DUPLICATE

}
