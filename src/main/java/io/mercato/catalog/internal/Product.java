package io.mercato.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * Something a shopkeeper sells. Its slug is made from the first name and never changes,
 * so links stay valid; deleting is soft, so old orders keep naming it.
 */
@Entity
@Table(schema = "catalog", name = "product")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class Product extends AbstractAggregateRoot {

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

	@Enumerated(EnumType.STRING)
	@Column(name = "stock_status", insertable = false, updatable = false)
	private StockStatus stockStatus;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "product_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<ProductImage> images = new ArrayList<>();

	protected Product() {
	}

	Product(UUID shopkeeperId, String slug, ProductDraft draft) {
		this.shopkeeperId = shopkeeperId;
		this.slug = slug;
		this.stockStatus = StockStatus.OUT_OF_STOCK;
		apply(draft);
	}

	/**
	 * Sets every editable field; the owner, slug and stock status stay.
	 */
	void apply(ProductDraft draft) {
		this.name = draft.name();
		this.description = (draft.description() != null) ? draft.description() : "";
		this.categoryId = draft.categoryId();
		this.brandId = draft.brandId();
		this.price = draft.price();
		this.compareAtPrice = draft.compareAtPrice();
		this.costPrice = draft.costPrice();
		this.sku = draft.sku();
		this.status = draft.status();
		this.featured = draft.featured();
		this.images.clear();
		List<ProductDraft.Image> newImages = (draft.images() != null) ? draft.images() : List.of();
		for (int position = 0; position < newImages.size(); position++) {
			ProductDraft.Image image = newImages.get(position);
			this.images.add(
					new ProductImage(getId(), position, image.url(), (image.altText() != null) ? image.altText() : ""));
		}
	}

	ProductDraft toDraft() {
		return new ProductDraft(this.name, this.description, this.categoryId, this.brandId, this.price,
				this.compareAtPrice, this.costPrice, this.sku, this.status, this.featured,
				this.images.stream()
					.map((image) -> new ProductDraft.Image(image.getUrl(), image.getAltText()))
					.toList());
	}

	boolean isOwnedBy(UUID userId) {
		return this.shopkeeperId.equals(userId);
	}

}
