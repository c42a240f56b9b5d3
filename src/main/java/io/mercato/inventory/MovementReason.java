package io.mercato.inventory;

/**
 * Why the stock of a product changed; every stock movement names one.
 */
public enum MovementReason {

	/** Goods arrived: quantity up. */
	RESTOCK,

	/** A count or correction by the shopkeeper or an admin: quantity up or down. */
	ADJUSTMENT,

	/** Units held for an order: reserved up. */
	RESERVE,

	/** Held units given back (an order cancelled or unpaid): reserved down. */
	RELEASE,

	/** Held units sold: quantity and reserved both down. */
	COMMIT,

	/** Sold units came back into stock: quantity up. */
	RETURN

}
