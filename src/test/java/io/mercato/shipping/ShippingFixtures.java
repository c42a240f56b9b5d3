package io.mercato.shipping;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.CategoryAdministration;
import io.mercato.catalog.CategoryDraft;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.ProductStatus;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * Reaches shipping states through the module APIs: shipping methods through
 * {@link ShippingAdministration}, products with a price and a weight through the
 * catalog's. Codes are unique, so tests never collide over one.
 */
public class ShippingFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final CatalogFixtures catalog;

	private final ShippingAdministration administration;

	private final ProductListings products;

	private final CategoryAdministration categories;

	private CurrentUser shop;

	private UUID categoryId;

	/** The fixtures over the beans of a test's application context. */
	public static ShippingFixtures of(ApplicationContext context) {
		return new ShippingFixtures(CatalogFixtures.of(context), context.getBean(ShippingAdministration.class),
				context.getBean(ProductListings.class), context.getBean(CategoryAdministration.class));
	}

	public ShippingFixtures(CatalogFixtures catalog, ShippingAdministration administration, ProductListings products,
			CategoryAdministration categories) {
		this.catalog = catalog;
		this.administration = administration;
		this.products = products;
		this.categories = categories;
	}

	/** A rule for every country: a flat amount. */
	public static RateRule everyCountry(String flatAmount) {
		return new RateRule(null, Money.of(flatAmount), Money.ZERO, null);
	}

	/** A rule for some countries: a flat amount. */
	public static RateRule countries(String flatAmount, String... countries) {
		return new RateRule(Arrays.asList(countries), Money.of(flatAmount), Money.ZERO, null);
	}

	/** A unique method code starting with the prefix. */
	public static String uniqueCode(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An active method with a unique code, delivered in 2 to 5 days. */
	public ShippingMethodView method(String codePrefix, RateRule... rules) {
		String code = uniqueCode(codePrefix);
		return this.administration
			.createMethod(new ShippingMethodDraft(code, "Method " + code, "Test carrier", true, 2, 5, List.of(rules)));
	}

	/** Takes the method out of quotes without deleting it. */
	public ShippingMethodView deactivate(UUID methodId) {
		return this.administration.patchMethod(methodId,
				new ShippingMethodPatch(null, null, null, false, null, null, null));
	}

	/** The live method with the code. */
	public ShippingMethodView methodByCode(String code) {
		return this.administration.methods(Pageable.ofSize(100))
			.stream()
			.filter((method) -> method.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No live method " + code));
	}

	/**
	 * A published product of a verified shop at the price, weighing the grams (or of an
	 * unknown weight for {@code null}).
	 */
	public UUID product(String price, Integer weightGrams) {
		return product(price, weightGrams, ProductStatus.PUBLISHED);
	}

	/** A product of a verified shop in the status. */
	public UUID product(String price, Integer weightGrams, ProductStatus status) {
		String suffix = SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.products
			.createProduct(shop(),
					new ProductDraft("Parcel " + suffix, "Something to ship.", category(), null, Money.of(price), null,
							null, CatalogFixtures.uniqueSku(), status, false, List.of(), weightGrams))
			.id();
	}

	/** The verified shopkeeper whose products these are. */
	public CurrentUser shop() {
		if (this.shop == null) {
			this.shop = this.catalog.shop();
		}
		return this.shop;
	}

	private UUID category() {
		if (this.categoryId == null) {
			this.categoryId = this.categories
				.createCategory(new CategoryDraft("Parcels " + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID(),
						null, true))
				.id();
		}
		return this.categoryId;
	}

}
