package io.mercato.catalog;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * The product fields a partial change gives; {@code null} means "unchanged". A field
 * cannot be cleared this way: a replacement with a {@link ProductDraft} clears what it
 * leaves out.
 *
 * @param name the new name, or {@code null}
 * @param description the new description, or {@code null}
 * @param categoryId the new category, or {@code null}
 * @param brandId the new brand, or {@code null}
 * @param price the new price, or {@code null}
 * @param compareAtPrice the new "was" price, or {@code null}
 * @param costPrice the new cost price, or {@code null}
 * @param sku the new SKU, or {@code null}
 * @param status the new status, or {@code null}
 * @param featured whether the shop features it, or {@code null}
 * @param images the new pictures in order, or {@code null}
 * @param weightGrams the new shipping weight in grams, or {@code null}
 */
public record ProductPatch(@Nullable String name, @Nullable String description, @Nullable UUID categoryId,
		@Nullable UUID brandId, @Nullable Money price, @Nullable Money compareAtPrice, @Nullable Money costPrice,
		@Nullable String sku, @Nullable ProductStatus status, @Nullable Boolean featured,
		@Nullable List<ProductDraft.Image> images, @Nullable Integer weightGrams) {

	/**
	 * Returns the product as it would be with this patch applied.
	 * @param current every field of the product as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public ProductDraft applyTo(ProductDraft current) {
		return new ProductDraft(pick(this.name, current.name()), pick(this.description, current.description()),
				pick(this.categoryId, current.categoryId()), pick(this.brandId, current.brandId()),
				pick(this.price, current.price()), pick(this.compareAtPrice, current.compareAtPrice()),
				pick(this.costPrice, current.costPrice()), pick(this.sku, current.sku()),
				pick(this.status, current.status()), pick(this.featured, current.featured()),
				pick(this.images, current.images()), pick(this.weightGrams, current.weightGrams()));
	}

	private static <T> T pick(T changed, T current) {
		return (changed != null) ? changed : current;
	}

}
