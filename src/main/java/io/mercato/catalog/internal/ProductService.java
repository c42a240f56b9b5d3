package io.mercato.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.UserView;
import io.mercato.catalog.CatalogException;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.ProductPatch;
import io.mercato.catalog.ProductQuery;
import io.mercato.catalog.ProductStatus;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shared.web.KeysetPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProductService implements ProductListings {

	private static final String SKU_CONSTRAINT = "product_sku_key";

	private static final String CATEGORY_CONSTRAINT = "product_category_id_fkey";

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final BrandRepository brands;

	private final ProductListQuery listQuery;

	private final ProductDetailQuery detailQuery;

	private final AccountManagement accounts;

	private final ProductCache details;

	private final Slugs slugs;

	private final ShopStanding standing;

	ProductService(ProductRepository products, CategoryRepository categories, BrandRepository brands,
			ProductListQuery listQuery, ProductDetailQuery detailQuery, AccountManagement accounts,
			ProductCache details, Slugs slugs, ShopStanding standing) {
		this.products = products;
		this.categories = categories;
		this.brands = brands;
		this.listQuery = listQuery;
		this.detailQuery = detailQuery;
		this.accounts = accounts;
		this.details = details;
		this.slugs = slugs;
		this.standing = standing;
	}

	@Override
	public CatalogView.ProductDetail createProduct(CurrentUser shopkeeper, ProductDraft draft) {
		if (!this.standing.mayList(shopkeeper.id())) {
			throw new CatalogException.ShopkeeperNotVerified();
		}
		check(draft);
		if (this.products.existsBySku(Product.normalizedSku(draft.sku()))) {
			throw new CatalogException.SkuTaken();
		}
		String slug = this.slugs.unique("product", draft.name(), this.products::existsBySlug);
		Product product = save(new Product(shopkeeper.id(), slug, draft));
		this.details.evictAll();
		return detail(product.getId().toString()).orElseThrow();
	}

	@Override
	public CatalogView.ProductDetail replaceProduct(CurrentUser caller, UUID productId, ProductDraft draft) {
		return change(caller, owned(caller, productId), draft);
	}

	@Override
	public CatalogView.ProductDetail patchProduct(CurrentUser caller, UUID productId, ProductPatch patch) {
		Product product = owned(caller, productId);
		return change(caller, product, patch.applyTo(product.toDraft()));
	}

	@Override
	public void deleteProduct(CurrentUser caller, UUID productId) {
		Product product = owned(caller, productId);
		product.discard();
		this.products.delete(product);
		this.details.evictAll();
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogView.ProductDetail product(String idOrSlug, CurrentUser viewer) {
		CatalogView.ProductDetail detail = this.details.get(idOrSlug, () -> detail(idOrSlug))
			.orElseThrow(CatalogException.ProductNotFound::new);
		boolean privileged = viewer != null && (viewer.isAdmin() || viewer.id().equals(detail.shopkeeperId()));
		if (privileged) {
			return detail;
		}
		if (detail.status() != ProductStatus.PUBLISHED || !detail.shopListed()) {
			throw new CatalogException.ProductNotFound();
		}
		return detail.withoutCostPrice();
	}

	@Override
	@Transactional(readOnly = true)
	public KeysetPage<CatalogView.ProductSummary> products(ProductQuery query, CurrentUser viewer) {
		ProductVisibility visibility = visibility(query, viewer);
		ProductListQuery.Filters filters = this.listQuery.resolveFilters(query.category(), query.brand());
		if (!filters.unknown().isEmpty()) {
			throw new InvalidFieldsException(filters.unknown());
		}
		if (query.minPrice() != null && query.maxPrice() != null && query.minPrice().compareTo(query.maxPrice()) > 0) {
			throw new InvalidFieldsException("min_price", "must not exceed max_price");
		}
		return this.listQuery.list(query, filters, visibility);
	}

	/**
	 * Decides what the viewer's list may hold: their own products with {@code mine}, any
	 * product for an admin who asks for a status, else the public list, which holds only
	 * published products.
	 */
	private static ProductVisibility visibility(ProductQuery query, CurrentUser viewer) {
		if (query.mine()) {
			if (viewer == null || viewer.is(Role.CUSTOMER)) {
				throw new InvalidFieldsException("mine", "only shopkeepers have products of their own");
			}
			return ProductVisibility.ownedBy(viewer.id());
		}
		if (viewer != null && viewer.isAdmin() && query.status() != null) {
			return ProductVisibility.ADMIN;
		}
		if (query.status() != null && query.status() != ProductStatus.PUBLISHED) {
			throw new InvalidFieldsException("status",
					"only admins, or shopkeepers with mine=true, may list products that are not published");
		}
		return ProductVisibility.PUBLIC;
	}

	/**
	 * Returns the caller's product, or any for an admin; another shopkeeper's is not
	 * found, as an unknown one is.
	 */
	private Product owned(CurrentUser caller, UUID productId) {
		return this.products.findById(productId)
			.filter((found) -> caller.isAdmin() || found.isOwnedBy(caller.id()))
			.orElseThrow(CatalogException.ProductNotFound::new);
	}

	private CatalogView.ProductDetail change(CurrentUser caller, Product product, ProductDraft changed) {
		// a shopkeeper who lost their standing may still withdraw a listing or work on a
		// draft, not publish or change a public one; an admin's change publishes nothing,
		// since the shop's products stay hidden until it is in good standing again
		if (changed.status() == ProductStatus.PUBLISHED && !caller.isAdmin() && !this.standing.mayList(caller.id())) {
			throw new CatalogException.ShopkeeperNotVerified();
		}
		check(changed);
		if (this.products.existsBySkuAndIdNot(Product.normalizedSku(changed.sku()), product.getId())) {
			throw new CatalogException.SkuTaken();
		}
		product.edit(changed);
		save(product);
		this.details.evictAll();
		return detail(product.getId().toString()).orElseThrow();
	}

	private Optional<CatalogView.ProductDetail> detail(String idOrSlug) {
		return this.detailQuery.detail(idOrSlug)
			.map((found) -> found.toView(this.accounts.findUser(found.shopkeeperId())
				.map(UserView::shop)
				.map(UserView.Shop::shopName)
				.orElse(null)));
	}

	/**
	 * Saves at once, so that a SKU another transaction took, or a category it deleted,
	 * since the checks above is refused like one taken or missing before them.
	 */
	private Product save(Product product) {
		return Constraints.translate(() -> this.products.saveAndFlush(product),
				Map.of(SKU_CONSTRAINT, CatalogException.SkuTaken::new,
						// deleted by an admin since the check
						CATEGORY_CONSTRAINT,
						() -> new InvalidFieldsException("category_id", "is not an existing category")));
	}

	/**
	 * Refuses a draft that breaks a rule of the product or names an unknown category or
	 * brand, naming every such field at once.
	 */
	private void check(ProductDraft draft) {
		List<InvalidField> errors = new ArrayList<>(Product.violations(draft));
		if (draft.categoryId() != null && !this.categories.existsById(draft.categoryId())) {
			errors.add(new InvalidField("category_id", "is not an existing category"));
		}
		if (draft.brandId() != null && !this.brands.existsById(draft.brandId())) {
			errors.add(new InvalidField("brand_id", "is not an existing brand"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

}
