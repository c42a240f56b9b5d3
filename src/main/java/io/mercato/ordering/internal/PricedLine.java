package io.mercato.ordering.internal;

import io.mercato.catalog.ProductSnapshot;
import io.mercato.shared.domain.Money;

/**
 * A line of an order being placed, priced from the catalog.
 *
 * @param product the product as the catalog has it now
 * @param quantity how many
 */
record PricedLine(ProductSnapshot product, int quantity) {

	Money unitPrice() {
		return this.product.price();
	}

	Money lineTotal() {
		return this.product.price().times(this.quantity);
	}

}
