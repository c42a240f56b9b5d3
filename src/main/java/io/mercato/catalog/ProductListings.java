package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.KeysetPage;
import org.jspecify.annotations.Nullable;

/**
 * Products as shopkeepers list them and everyone browses them: the catalog's own HTTP
 * adapter calls this, other modules call {@link CatalogManagement}. Another shopkeeper's
 * product answers {@link CatalogException.ProductNotFound}, as an unknown one does.
 */
public interface ProductListings {

	/**
	 * Lists a verified shopkeeper's new product, with no stock. Publishes
	 * {@link ProductPublished} when it is listed published.
	 * @param shopkeeper the caller, who will own the product
	 * @param draft every field of the product
	 * @return the product as stored
	 * @throws CatalogException.ShopkeeperNotVerified when an admin has not verified the
	 * shop, or it is not active
	 * @throws CatalogException.SkuTaken when another live product has the SKU
	 * @throws io.mercato.shared.web.InvalidFieldsException for invalid fields, an unknown
	 * category or brand
	 */
	CatalogView.ProductDetail createProduct(CurrentUser shopkeeper, ProductDraft draft);

	/**
	 * Replaces every editable field of a product of the caller's (or any, for admins):
	 * the draft's optional fields that are absent are cleared. The slug and the owner
	 * stay. A shopkeeper needs to be verified and active for a change that leaves the
	 * product published (publishing it, or editing a published one); withdrawing it or
	 * editing a draft needs neither. Publishes {@link ProductPriceChanged} when the price
	 * changes, {@link ProductPublished} when the product goes on sale and
	 * {@link ProductWithdrawn} when a published one goes back to a draft or is archived;
	 * other changes publish nothing.
	 * @param caller the owner or an admin
	 * @param productId the product
	 * @param draft every field of the product
	 * @return the product as stored
	 * @throws CatalogException.ProductNotFound for an unknown product, or another
	 * shopkeeper's
	 * @throws CatalogException.ShopkeeperNotVerified when the change would leave the
	 * product published and the caller's shop is not verified and active
	 * @throws CatalogException.InvalidTransition when the product's status may not become
	 * the draft's ({@link ProductStatus#next()}): an archived product stays archived
	 * @throws CatalogException.SkuTaken when another live product has the SKU
	 * @throws io.mercato.shared.web.InvalidFieldsException for invalid fields, an unknown
	 * category or brand
	 */
	CatalogView.ProductDetail replaceProduct(CurrentUser caller, UUID productId, ProductDraft draft);

	/**
	 * Changes the fields a patch gives of a product of the caller's (or any, for admins),
	 * merged onto the product as it is inside the writing transaction, so that a
	 * concurrent change of other fields is kept. Refused, and publishing events, as
	 * {@link #replaceProduct(CurrentUser, UUID, ProductDraft)} does.
	 * @param caller the owner or an admin
	 * @param productId the product
	 * @param patch the fields to change; {@code null} ones stay as they are
	 * @return the product as stored
	 */
	CatalogView.ProductDetail patchProduct(CurrentUser caller, UUID productId, ProductPatch patch);

	/**
	 * Deletes softly: the product leaves lists and detail; old orders keep naming it.
	 * Publishes {@link ProductWithdrawn} when it was published.
	 * @param caller the owner or an admin
	 * @param productId the product
	 * @throws CatalogException.ProductNotFound for an unknown product, or another
	 * shopkeeper's
	 */
	void deleteProduct(CurrentUser caller, UUID productId);

	/**
	 * Returns a product by id or slug: published ones of a verified, active shopkeeper to
	 * everyone, any to its owner and admins (who alone see the cost price).
	 * @param idOrSlug the product's id or slug
	 * @param viewer the caller, or {@code null} when anonymous
	 * @return the product
	 * @throws CatalogException.ProductNotFound when unknown, deleted, or not public and
	 * not the viewer's
	 */
	CatalogView.ProductDetail product(String idOrSlug, @Nullable CurrentUser viewer);

	/**
	 * Lists products, one page at a time, keyset-paginated so that every page costs the
	 * same. The public list holds published products of verified, active shopkeepers; it
	 * follows a change of a shop's standing as soon as the catalog has heard of it (just
	 * after the accounts module's change commits).
	 * @param query the filters, ordering and position
	 * @param viewer the caller, or {@code null} when anonymous
	 * @return the page
	 * @throws io.mercato.shared.web.InvalidFieldsException for filters the caller may not
	 * use
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	KeysetPage<CatalogView.ProductSummary> products(ProductQuery query, @Nullable CurrentUser viewer);

}
