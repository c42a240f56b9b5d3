package io.mercato.shipping;

import java.util.UUID;

import io.mercato.catalog.ProductSnapshot;
import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a shipment as its price depends on it: what the caller already read of the
 * product, so that a quote needs no further catalog read.
 *
 * @param productId the product
 * @param quantity the units, at least one
 * @param unitPrice the catalog price of one unit, before any discount; the lines' sum is
 * the subtotal a rate's {@code free_above} is compared with
 * @param weightGrams the weight of one unit in grams, or {@code null} when unknown (it
 * then counts as nothing)
 */
public record ShippingLine(UUID productId, int quantity, Money unitPrice, @Nullable Integer weightGrams) {

	/**
	 * Checks the line.
	 * @throws IllegalArgumentException for a quantity under one, a negative price or a
	 * negative weight
	 */
	public ShippingLine {
		if (quantity < 1) {
			throw new IllegalArgumentException("A line needs at least one unit");
		}
		if (unitPrice.isNegative() || (weightGrams != null && weightGrams < 0)) {
			throw new IllegalArgumentException("A line's price and weight must not be negative");
		}
	}

	/**
	 * Returns the line of a number of units of a product, at its price and weight now.
	 * @param product the product, as the catalog gives it
	 * @param quantity the units, at least one
	 * @return the line
	 */
	public static ShippingLine of(ProductSnapshot product, int quantity) {
		return new ShippingLine(product.id(), quantity, product.price(), product.weightGrams());
	}

}
