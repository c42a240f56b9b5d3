package io.mercato.catalog;

import io.mercato.shared.domain.DomainException;

/**
 * A request the catalog refuses. The subclasses are the cases callers tell apart; each
 * names its kind of refusal and stable code in its constructor.
 */
public abstract class CatalogException extends DomainException {

	protected CatalogException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/** No such category (404 {@code category_not_found}). */
	public static class CategoryNotFound extends CatalogException {

		public CategoryNotFound() {
			super(Refusal.NOT_FOUND, "category_not_found", "There is no such category.");
		}

	}

	/** No such brand (404 {@code brand_not_found}). */
	public static class BrandNotFound extends CatalogException {

		public BrandNotFound() {
			super(Refusal.NOT_FOUND, "brand_not_found", "There is no such brand.");
		}

	}

	/** No such product the caller may see (404 {@code product_not_found}). */
	public static class ProductNotFound extends CatalogException {

		public ProductNotFound() {
			super(Refusal.NOT_FOUND, "product_not_found", "There is no such product.");
		}

	}

	/**
	 * The category still has products or sub-categories (409 {@code category_in_use}).
	 */
	public static class CategoryInUse extends CatalogException {

		public CategoryInUse() {
			super(Refusal.CONFLICT, "category_in_use",
					"The category still has products or sub-categories; move them first.");
		}

	}

	/** Another live product has the SKU (409 {@code sku_taken}). */
	public static class SkuTaken extends CatalogException {

		public SkuTaken() {
			super(Refusal.CONFLICT, "sku_taken", "Another product has this SKU.");
		}

	}

	/**
	 * The product's status does not allow the one asked for (409
	 * {@code invalid_transition}); {@link ProductStatus#next()} names those it does.
	 */
	public static class InvalidTransition extends CatalogException {

		public InvalidTransition(ProductStatus current, ProductStatus requested) {
			super(Refusal.CONFLICT, "invalid_transition",
					"A product in status %s cannot become %s.".formatted(current, requested));
		}

	}

	/**
	 * Only shopkeepers an admin verified, and who are active, may list, publish or
	 * restock products (403 {@code shopkeeper_not_verified}).
	 */
	public static class ShopkeeperNotVerified extends CatalogException {

		public ShopkeeperNotVerified() {
			super(Refusal.FORBIDDEN, "shopkeeper_not_verified",
					"An admin must verify your shop before you can list, publish or restock products.");
		}

	}

}
