package io.mercato.catalog;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * Every editable field of a product, as a new product or a replacement gives them. The
 * optional fields left {@code null} mean "none": no description, brand, "was" price, cost
 * price or pictures, and the status {@link ProductStatus#DRAFT}. The rules named below
 * are checked by the catalog, which answers their breach with field errors.
 *
 * @param name 3 to 200 characters, surrounding blanks dropped
 * @param description free text; {@code null} for none
 * @param categoryId an existing category
 * @param brandId an existing brand, or {@code null}
 * @param price greater than zero
 * @param compareAtPrice the "was" price, greater than {@code price}, or {@code null}
 * @param costPrice what the shopkeeper pays, never shown to others, not negative, or
 * {@code null}
 * @param sku 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter
 * or digit; stored upper-case
 * @param status the status; {@code null} for a draft
 * @param featured whether the shop features it
 * @param images at most 20 pictures with http or https URLs, in order; the first is the
 * primary one; {@code null} for none
 * @param weightGrams the shipping weight in grams, 1 to 1,000,000, or {@code null} when
 * unknown (shipping rates per kilogram then count it as nothing)
 */
public record ProductDraft(String name, @Nullable String description, UUID categoryId, @Nullable UUID brandId,
		Money price, @Nullable Money compareAtPrice, @Nullable Money costPrice, String sku,
		@Nullable ProductStatus status, boolean featured, @Nullable List<Image> images, @Nullable Integer weightGrams) {

	public ProductDraft {
		description = (description != null) ? description : "";
		status = (status != null) ? status : ProductStatus.DRAFT;
		images = (images != null) ? images : List.of();
	}

	/**
	 * A picture.
	 *
	 * @param url where it is
	 * @param altText what it shows, for screen readers
	 */
	public record Image(String url, String altText) {

	}

}
