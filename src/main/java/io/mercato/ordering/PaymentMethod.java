package io.mercato.ordering;

/**
 * How the customer pays an order. The card, wallet and crypto methods are paid through a
 * gateway when the order is placed; {@link #BANK_TRANSFER} and {@link #CASH} are paid
 * offline, and a shopkeeper or an admin records their receipt.
 */
public enum PaymentMethod {

	/** A credit card, through a gateway. */
	CREDIT_CARD,

	/** A debit card, through a gateway. */
	DEBIT_CARD,

	/** A PayPal account, through a gateway. */
	PAYPAL,

	/** A transfer to the shop's account, recorded when it arrives. */
	BANK_TRANSFER,

	/** Cash on delivery or at collection, recorded when received. */
	CASH,

	/** A cryptocurrency, through a gateway. */
	CRYPTOCURRENCY

}
