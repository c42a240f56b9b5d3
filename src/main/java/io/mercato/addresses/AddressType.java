package io.mercato.addresses;

/**
 * What an address is for; a user has at most one default of each.
 */
public enum AddressType {

	/** Where orders are delivered. */
	SHIPPING,

	/** Where invoices are addressed. */
	BILLING

}
