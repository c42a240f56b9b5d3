package io.mercato.catalog;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;

/**
 * Every editable field of a product.
 *
 * @param name 3 to 200 characters
 * @param description free text, may be empty
 * @param categoryId an existing category
 * @param brandId an existing brand, or {@code null}
 * @param price greater than zero
 * @param compareAtPrice the "was" price, greater than {@code price}, or {@code null}
 * @param costPrice what the shopkeeper pays, never shown to others, or {@code null}
 * @param sku 3 to 64 letters, digits, dots, dashes or underscores; stored upper-case
 * @param status the status
 * @param featured whether the shop features it
 * @param images the pictures in order; the first is the primary one
 */
public record ProductDraft(String name, String description, UUID categoryId, UUID brandId, Money price,
		Money compareAtPrice, Money costPrice, String sku, ProductStatus status, boolean featured, List<Image> images) {

	/**
	 * A picture.
	 *
	 * @param url where it is
	 * @param altText what it shows, for screen readers
	 */
	public record Image(String url, String altText) {

	}

}
