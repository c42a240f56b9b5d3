package io.mercato.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.mercato.catalog.CatalogException;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductPriceChanged;
import io.mercato.catalog.ProductPublished;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.ProductWithdrawn;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * Something a shopkeeper sells. Its slug is made from the first name and never changes,
 * so links stay valid; deleting is soft, so old orders keep naming it.
 * <p>
 * Every change goes through a method named for it, which checks the product's rules (and
 * answers their breach with field errors named as the API names the fields) and its
 * status ({@link ProductStatus#next()}), and registers its event only when something
 * changed: {@link ProductPublished}, {@link ProductPriceChanged},
 * {@link ProductWithdrawn}. Whether a category or brand exists, whether a SKU is free and
 * whether the shop may sell are the service's to check.
 */
@Entity
@Table(schema = "catalog", name = "product")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class Product extends AbstractAggregateRoot {

	private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{2,63}");

	private static final Pattern IMAGE_URL = Pattern.compile("https?://\\S{1,2040}");

	private static final int MAX_WEIGHT_GRAMS = 1_000_000;

	static final int MIN_NAME_LENGTH = 3;

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_IMAGES = 20;

	@Column(name = "shopkeeper_id")
	private UUID shopkeeperId;

	private String name;

	private String slug;

	private String description;

	@Column(name = "category_id")
	private UUID categoryId;

	@Column(name = "brand_id")
	private UUID brandId;

	private Money price;

	@Column(name = "compare_at_price")
	private Money compareAtPrice;

	@Column(name = "cost_price")
	private Money costPrice;

	private String sku;

	@Enumerated(EnumType.STRING)
	private ProductStatus status;

	@Column(name = "is_featured")
	private boolean featured;

	@Column(name = "weight_grams")
	private Integer weightGrams;

	@Enumerated(EnumType.STRING)
	@Column(name = "stock_status", insertable = false, updatable = false)
	private StockStatus stockStatus;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "product_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<ProductImage> images = new ArrayList<>();

	protected Product() {
	}

	/**
	 * Lists a new product in the draft's status, with no stock; a published one registers
	 * {@link ProductPublished}.
	 * @throws InvalidFieldsException for every rule the draft breaks
	 */
	Product(UUID shopkeeperId, String slug, ProductDraft draft) {
		reject(violations(draft));
		this.shopkeeperId = shopkeeperId;
		this.slug = slug;
		this.stockStatus = StockStatus.OUT_OF_STOCK;
		this.status = ProductStatus.DRAFT;
		this.price = draft.price();
		revise(draft.name(), draft.description(), draft.sku(), draft.featured(), draft.images());
		weigh(draft.weightGrams());
		moveTo(draft.categoryId(), draft.brandId());
		reprice(draft.price(), draft.compareAtPrice(), draft.costPrice());
		changeStatus(draft.status());
	}

	/**
	 * Returns every rule of the product that the draft breaks, as field errors; none when
	 * it may be stored.
	 */
	static List<InvalidField> violations(ProductDraft draft) {
		List<InvalidField> errors = new ArrayList<>();
		checkName(draft.name(), errors);
		checkSku(draft.sku(), errors);
		checkImages(draft.images(), errors);
		checkCategory(draft.categoryId(), errors);
		checkPrices(draft.price(), draft.compareAtPrice(), draft.costPrice(), errors);
		checkWeight(draft.weightGrams(), errors);
		return errors;
	}

	/**
	 * Returns the SKU as it is stored: trimmed and upper-case, so that {@code lamp-1} and
	 * {@code LAMP-1} are the same SKU.
	 */
	static String normalizedSku(String sku) {
		return (sku != null) ? sku.trim().toUpperCase(Locale.ROOT) : "";
	}

	/**
	 * Takes every field of the draft: revises, moves, reprices and changes the status
	 * through the methods below, so that each registers its own event.
	 * @throws CatalogException.InvalidTransition when the status may not become the
	 * draft's, before anything changes
	 * @throws InvalidFieldsException for every rule the draft breaks, before anything
	 * changes
	 */
	void edit(ProductDraft draft) {
		requireTransition(draft.status());
		reject(violations(draft));
		revise(draft.name(), draft.description(), draft.sku(), draft.featured(), draft.images());
		weigh(draft.weightGrams());
		moveTo(draft.categoryId(), draft.brandId());
		reprice(draft.price(), draft.compareAtPrice(), draft.costPrice());
		changeStatus(draft.status());
	}

	/**
	 * Changes what the product says of itself: name, description, SKU, whether it is
	 * featured and its pictures, in order.
	 * @throws InvalidFieldsException for a name, SKU or picture that breaks its rule
	 */
	void revise(String name, String description, String sku, boolean featured, List<ProductDraft.Image> images) {
		List<InvalidField> errors = new ArrayList<>();
		checkName(name, errors);
		checkSku(sku, errors);
		checkImages(images, errors);
		reject(errors);
		this.name = name.trim();
		this.description = (description != null) ? description : "";
		this.sku = normalizedSku(sku);
		this.featured = featured;
		List<ProductDraft.Image> pictures = (images != null) ? images : List.of();
		// a change that leaves the pictures alone rewrites none of their rows
		if (!pictures.equals(images())) {
			this.images.clear();
			for (int position = 0; position < pictures.size(); position++) {
				ProductDraft.Image image = pictures.get(position);
				this.images.add(new ProductImage(getId(), position, image.url(),
						(image.altText() != null) ? image.altText() : ""));
			}
		}
	}

	/**
	 * Records the shipping weight that per-kilogram shipping rates charge for.
	 * @param grams the weight, or {@code null} when unknown
	 * @throws InvalidFieldsException for a weight outside 1 to 1,000,000 grams
	 */
	void weigh(Integer grams) {
		List<InvalidField> errors = new ArrayList<>();
		checkWeight(grams, errors);
		reject(errors);
		this.weightGrams = grams;
	}

	/**
	 * Puts the product in another category, or under another brand.
	 * @param brandId the brand, or {@code null} for none
	 * @throws InvalidFieldsException without a category
	 */
	void moveTo(UUID categoryId, UUID brandId) {
		List<InvalidField> errors = new ArrayList<>();
		checkCategory(categoryId, errors);
		reject(errors);
		this.categoryId = categoryId;
		this.brandId = brandId;
	}

	/**
	 * Sets the prices; registers {@link ProductPriceChanged} when the price differs.
	 * @param compareAtPrice the "was" price, or {@code null}
	 * @param costPrice what the shopkeeper pays, or {@code null}
	 * @throws InvalidFieldsException for a price that is not positive, a "was" price not
	 * above it or a negative cost price
	 */
	void reprice(Money price, Money compareAtPrice, Money costPrice) {
		List<InvalidField> errors = new ArrayList<>();
		checkPrices(price, compareAtPrice, costPrice, errors);
		reject(errors);
		Money oldPrice = this.price;
		this.price = price;
		this.compareAtPrice = compareAtPrice;
		this.costPrice = costPrice;
		if (!price.equals(oldPrice)) {
			registerEvent(new ProductPriceChanged(getId(), this.shopkeeperId, oldPrice, price));
		}
	}

	/**
	 * Puts a draft on sale; registers {@link ProductPublished}. Publishing a published
	 * product changes nothing.
	 * @throws CatalogException.InvalidTransition for an archived product
	 */
	void publish() {
		if (transitionTo(ProductStatus.PUBLISHED)) {
			registerEvent(new ProductPublished(getId(), this.shopkeeperId, this.price));
		}
	}

	/**
	 * Takes a published product back to a draft, off sale; registers
	 * {@link ProductWithdrawn}. A draft stays as it is.
	 * @throws CatalogException.InvalidTransition for an archived product
	 */
	void withdraw() {
		boolean wasPublished = this.status == ProductStatus.PUBLISHED;
		if (transitionTo(ProductStatus.DRAFT) && wasPublished) {
			registerEvent(new ProductWithdrawn(getId(), this.shopkeeperId));
		}
	}

	/**
	 * Ends the product's life for good; registers {@link ProductWithdrawn} when it was
	 * published. An archived product stays as it is.
	 */
	void archive() {
		boolean wasPublished = this.status == ProductStatus.PUBLISHED;
		if (transitionTo(ProductStatus.ARCHIVED) && wasPublished) {
			registerEvent(new ProductWithdrawn(getId(), this.shopkeeperId));
		}
	}

	/**
	 * Readies the product for its (soft) deletion through the repository, which then
	 * publishes {@link ProductWithdrawn} when it was published.
	 */
	void discard() {
		if (this.status == ProductStatus.PUBLISHED) {
			registerEvent(new ProductWithdrawn(getId(), this.shopkeeperId));
		}
	}

	ProductDraft toDraft() {
		return new ProductDraft(this.name, this.description, this.categoryId, this.brandId, this.price,
				this.compareAtPrice, this.costPrice, this.sku, this.status, this.featured, images(), this.weightGrams);
	}

	boolean isOwnedBy(UUID userId) {
		return this.shopkeeperId.equals(userId);
	}

	ProductStatus getStatus() {
		return this.status;
	}

	Money getPrice() {
		return this.price;
	}

	String getSku() {
		return this.sku;
	}

	private List<ProductDraft.Image> images() {
		return this.images.stream().map((image) -> new ProductDraft.Image(image.getUrl(), image.getAltText())).toList();
	}

	private void changeStatus(ProductStatus target) {
		switch (target) {
			case DRAFT -> withdraw();
			case PUBLISHED -> publish();
			case ARCHIVED -> archive();
		}
	}

	/**
	 * Moves to the status when allowed.
	 * @return whether the status changed
	 */
	private boolean transitionTo(ProductStatus target) {
		requireTransition(target);
		boolean changed = this.status != target;
		this.status = target;
		return changed;
	}

	private void requireTransition(ProductStatus target) {
		if (!this.status.mayBecome(target)) {
			throw new CatalogException.InvalidTransition(this.status, target);
		}
	}

	private static void reject(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	private static void checkName(String name, List<InvalidField> errors) {
		int length = (name != null) ? name.trim().length() : 0;
		if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
			errors.add(new InvalidField("name",
					"must be %d to %d characters long".formatted(MIN_NAME_LENGTH, MAX_NAME_LENGTH)));
		}
	}

	private static void checkSku(String sku, List<InvalidField> errors) {
		if (!SKU.matcher(normalizedSku(sku)).matches()) {
			errors.add(new InvalidField("sku",
					"must be 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit"));
		}
	}

	private static void checkImages(List<ProductDraft.Image> images, List<InvalidField> errors) {
		List<ProductDraft.Image> pictures = (images != null) ? images : List.of();
		if (pictures.size() > MAX_IMAGES) {
			errors.add(new InvalidField("images", "must be at most " + MAX_IMAGES));
		}
		for (int i = 0; i < pictures.size(); i++) {
			ProductDraft.Image image = pictures.get(i);
			if (image == null || image.url() == null || !IMAGE_URL.matcher(image.url()).matches()) {
				errors.add(new InvalidField("images[" + i + "].url", "must be an http or https URL"));
			}
		}
	}

	private static void checkCategory(UUID categoryId, List<InvalidField> errors) {
		if (categoryId == null) {
			errors.add(new InvalidField("category_id", "is required"));
		}
	}

	private static void checkPrices(Money price, Money compareAtPrice, Money costPrice, List<InvalidField> errors) {
		if (price == null) {
			errors.add(new InvalidField("price", "is required"));
		}
		else if (!price.isPositive()) {
			errors.add(new InvalidField("price", "must be greater than 0"));
		}
		else if (compareAtPrice != null && compareAtPrice.compareTo(price) <= 0) {
			errors.add(new InvalidField("compare_at_price", "must be greater than the price"));
		}
		if (costPrice != null && costPrice.isNegative()) {
			errors.add(new InvalidField("cost_price", "must not be negative"));
		}
	}

	private static void checkWeight(Integer grams, List<InvalidField> errors) {
		if (grams != null && (grams < 1 || grams > MAX_WEIGHT_GRAMS)) {
			errors.add(new InvalidField("weight_grams", "must be from 1 to 1000000 grams"));
		}
	}

}
