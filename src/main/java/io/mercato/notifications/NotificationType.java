package io.mercato.notifications;

/**
 * What a notification is about, and so who gets it.
 */
public enum NotificationType {

	/** The customer placed an order. */
	ORDER_PLACED,

	/** A shopkeeper: someone ordered the shop's products (not paid yet). */
	NEW_ORDER_FOR_SHOP,

	/** The customer's order is paid. */
	ORDER_PAID,

	/** A shopkeeper: an order with the shop's lines is paid and is to be shipped. */
	ORDER_TO_SHIP,

	/** The customer: lines of the order were handed to a carrier. */
	ORDER_SHIPPED,

	/** The customer and the order's shopkeepers: the order reached the customer. */
	ORDER_DELIVERED,

	/**
	 * The customer and the order's shopkeepers, and the admins when the order was paid
	 * but its stock was gone: the order was cancelled.
	 */
	ORDER_CANCELLED,

	/** The customer: a payment attempt failed. */
	PAYMENT_FAILED,

	/**
	 * The customer and the order's shopkeepers, and the admins for a refund Mercato made
	 * by itself: money went back to the customer.
	 */
	REFUND_ISSUED,

	/** A shopkeeper: a product's available stock fell to its low-stock threshold. */
	STOCK_LOW,

	/** A shopkeeper: an admin verified the shop, which may now list products. */
	SHOPKEEPER_VERIFIED,

	/** A shopkeeper: an admin withdrew the shop's verification. */
	SHOPKEEPER_UNVERIFIED,

	/** The admins: a shopkeeper signed up and waits for verification. */
	SHOPKEEPER_AWAITING_VERIFICATION,

	/** A new customer or shopkeeper. */
	WELCOME

}
