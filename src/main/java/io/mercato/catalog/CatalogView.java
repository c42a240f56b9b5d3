package io.mercato.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * Namespace of the catalog's read models for its HTTP adapter.
 */
public final class CatalogView {

	private CatalogView() {
	}

	/**
	 * A category.
	 *
	 * @param id the category
	 * @param name its name
	 * @param slug its URL name
	 * @param parentId its parent, or {@code null} at the top
	 * @param active whether it is shown
	 * @param createdAt when it was created
	 */
	public record Category(UUID id, String name, String slug, @Nullable UUID parentId, boolean active,
			Instant createdAt) {

	}

	/**
	 * A brand.
	 *
	 * @param id the brand
	 * @param name its name
	 * @param slug its URL name
	 * @param logoUrl its logo, or {@code null}
	 * @param createdAt when it was created
	 */
	public record Brand(UUID id, String name, String slug, @Nullable String logoUrl, Instant createdAt) {

	}

	/**
	 * A product as a list shows it: lean.
	 *
	 * @param id the product
	 * @param name its name
	 * @param slug its URL name
	 * @param price its price
	 * @param compareAtPrice its "was" price, or {@code null}
	 * @param primaryImage its first picture, or {@code null}
	 * @param categoryName its category's name
	 * @param brandName its brand's name, or {@code null}
	 * @param inStock whether it can be bought now
	 * @param stockStatus its stock status
	 * @param reviewCount how many reviews it has
	 * @param avgRating their average, or {@code null}
	 * @param status its status
	 * @param createdAt when it was created
	 */
	public record ProductSummary(UUID id, String name, String slug, Money price, @Nullable Money compareAtPrice,
			ProductDraft.@Nullable Image primaryImage, String categoryName, @Nullable String brandName, boolean inStock,
			StockStatus stockStatus, int reviewCount, @Nullable BigDecimal avgRating, ProductStatus status,
			Instant createdAt) {

	}

	/**
	 * A product in full.
	 *
	 * @param id the product
	 * @param shopkeeperId who sells it
	 * @param shopName the seller's shop
	 * @param name its name
	 * @param slug its URL name
	 * @param description its description
	 * @param categoryPath its category and the categories above it, top first
	 * @param brand its brand, or {@code null}
	 * @param price its price
	 * @param compareAtPrice its "was" price, or {@code null}
	 * @param costPrice what the shopkeeper pays; only for the owner and admins, otherwise
	 * {@code null}
	 * @param sku its SKU
	 * @param status its status
	 * @param featured whether it is featured
	 * @param stockStatus its stock status
	 * @param images its pictures in order
	 * @param weightGrams its shipping weight in grams, or {@code null}
	 * @param reviewCount how many reviews it has
	 * @param avgRating their average, or {@code null}
	 * @param shopListed whether the seller's shop may be public now (verified and
	 * active); when not, only the owner and admins see the product
	 * @param version the optimistic-locking version
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 */
	public record ProductDetail(UUID id, UUID shopkeeperId, String shopName, String name, String slug,
			String description, List<CategoryRef> categoryPath, @Nullable BrandRef brand, Money price,
			@Nullable Money compareAtPrice, @Nullable Money costPrice, String sku, ProductStatus status,
			boolean featured, StockStatus stockStatus, List<ProductDraft.Image> images, @Nullable Integer weightGrams,
			int reviewCount, @Nullable BigDecimal avgRating, boolean shopListed, long version, Instant createdAt,
			Instant updatedAt) {

		/**
		 * The same detail without what only the owner may see.
		 * @return the public detail
		 */
		public ProductDetail withoutCostPrice() {
			return new ProductDetail(this.id, this.shopkeeperId, this.shopName, this.name, this.slug, this.description,
					this.categoryPath, this.brand, this.price, this.compareAtPrice, null, this.sku, this.status,
					this.featured, this.stockStatus, this.images, this.weightGrams, this.reviewCount, this.avgRating,
					this.shopListed, this.version, this.createdAt, this.updatedAt);
		}

	}

	/**
	 * A category named by a product.
	 *
	 * @param id the category
	 * @param name its name
	 * @param slug its URL name
	 */
	public record CategoryRef(UUID id, String name, String slug) {

	}

	/**
	 * A brand named by a product.
	 *
	 * @param id the brand
	 * @param name its name
	 * @param slug its URL name
	 */
	public record BrandRef(UUID id, String name, String slug) {

	}

}
