package io.mercato.payments.internal;

/**
 * Who gave money back.
 */
enum RefundActor {

	/** An admin. */
	ADMIN,

	/** The shopkeeper of some of the order's lines, up to their share. */
	SHOPKEEPER,

	/** Mercato itself: a cancelled order's money, a payment that came too late. */
	SYSTEM

}
