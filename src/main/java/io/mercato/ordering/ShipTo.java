package io.mercato.ordering;

import org.jspecify.annotations.Nullable;

/**
 * Where an order goes: a structured address, priced and taxed by its country, or a
 * guest's free text, kept as given, priced with the shipping method's rate for every
 * country and charged no country's tax. Exactly one of the two is set.
 *
 * @param address the structured address, or {@code null} for free text
 * @param text the free text, or {@code null} for a structured address
 */
public record ShipTo(@Nullable OrderAddress address, @Nullable String text) {

	public ShipTo {
		if ((address == null) == (text == null)) {
			throw new IllegalArgumentException("An order ships to a structured address or to free text, not both");
		}
	}

	/**
	 * A structured address.
	 * @param address the address
	 * @return where the order goes
	 */
	public static ShipTo address(OrderAddress address) {
		return new ShipTo(address, null);
	}

	/**
	 * Free text, as a guest wrote it.
	 * @param text the address
	 * @return where the order goes
	 */
	public static ShipTo text(String text) {
		return new ShipTo(null, text);
	}

}
