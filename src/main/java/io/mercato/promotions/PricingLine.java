package io.mercato.promotions;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;

/**
 * A line to price a discount for: what the promotion's scope is matched against, and the
 * amount it may take off.
 *
 * @param productId the product
 * @param shopkeeperId the shopkeeper who sells it
 * @param categoryIds the product's category and that category's ancestors, so that a
 * promotion on a category also covers its sub-categories
 * @param unitPrice the price of one unit
 * @param quantity the units, at least one
 */
public record PricingLine(UUID productId, UUID shopkeeperId, List<UUID> categoryIds, Money unitPrice, int quantity) {

	public PricingLine {
		categoryIds = List.copyOf(categoryIds);
		if (quantity < 1) {
			throw new IllegalArgumentException("A line needs at least one unit");
		}
	}

	/**
	 * Returns the line's amount before any discount.
	 * @return unit price times quantity
	 */
	public Money total() {
		return this.unitPrice.times(this.quantity);
	}

}
