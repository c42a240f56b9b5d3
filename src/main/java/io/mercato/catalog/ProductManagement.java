package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.KeysetPage;

/**
 * Products as shopkeepers list them and everyone browses them. Another shopkeeper's
 * product answers {@link CatalogException.ProductNotFound}, as an unknown one does.
 */
public interface ProductManagement {

	/**
	 * Lists a verified shopkeeper's new product.
	 * @throws CatalogException.ShopkeeperNotVerified when an admin has not verified the
	 * shop
	 * @throws CatalogException.SkuTaken when another live product has the SKU
	 * @throws io.mercato.shared.web.InvalidFieldsException for invalid fields, an unknown
	 * category or brand
	 */
	CatalogView.ProductDetail createProduct(CurrentUser shopkeeper, ProductDraft draft);

	/**
	 * Changes a product of the caller's (or any, for admins). A shopkeeper needs to be
	 * verified and active for a change that leaves the product published (publishing it,
	 * or editing a published one); withdrawing it or editing a draft needs neither.
	 * @throws CatalogException.ProductNotFound for an unknown product, or another
	 * shopkeeper's
	 * @throws CatalogException.ShopkeeperNotVerified when the change would leave the
	 * product published and the caller's shop is not verified
	 * @throws CatalogException.SkuTaken when another live product has the SKU
	 * @param replace whether this replaces every field (PUT) or only those given (PATCH)
	 * @param change the fields; with a patch, {@code null} keeps a field
	 */
	CatalogView.ProductDetail changeProduct(CurrentUser caller, UUID productId, ProductPatch change, boolean replace);

	/**
	 * Deletes softly: the product leaves lists and detail; old orders keep naming it.
	 */
	void deleteProduct(CurrentUser caller, UUID productId);

	/**
	 * Returns a product by id or slug: published ones of a verified, active shopkeeper to
	 * everyone, any to its owner and admins (who alone see the cost price).
	 * @param viewer the caller, or {@code null} when anonymous
	 */
	CatalogView.ProductDetail product(String idOrSlug, CurrentUser viewer);

	/**
	 * Lists products, one page at a time, keyset-paginated so that every page costs the
	 * same. The public list holds published products of verified, active shopkeepers; it
	 * follows a change of a shop's standing as soon as the catalog has heard of it (just
	 * after the accounts module's change commits).
	 * @param viewer the caller, or {@code null} when anonymous
	 * @throws io.mercato.shared.web.InvalidFieldsException for filters the caller may not
	 * use
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	KeysetPage<CatalogView.ProductSummary> products(ProductQuery query, CurrentUser viewer);

	/**
	 * Product fields to change; {@code null} means "unchanged" for a patch and "none" for
	 * a replacement (where required fields must then be given).
	 */
	record ProductPatch(String name, String description, UUID categoryId, UUID brandId,
			io.mercato.shared.domain.Money price, io.mercato.shared.domain.Money compareAtPrice,
			io.mercato.shared.domain.Money costPrice, String sku, ProductStatus status, Boolean featured,
			java.util.List<ProductDraft.Image> images) {

	}

}
