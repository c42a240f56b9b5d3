package io.mercato.ordering.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.ordering.FulfilmentStatus;
import io.mercato.ordering.OrderView;
import io.mercato.shared.domain.AbstractEntity;
import io.mercato.shared.domain.Money;

/**
 * One line of an {@link Order}: a copy of the product as it was sold, and the line's
 * shares of the order's discount, shipping and tax, so that a shopkeeper's part of an
 * order is the sum of their lines.
 */
@Entity
@Table(schema = "ordering", name = "order_item")
class OrderItem extends AbstractEntity {

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(updatable = false)
	private int position;

	@Column(name = "product_id", updatable = false)
	private UUID productId;

	@Column(name = "shopkeeper_id", updatable = false)
	private UUID shopkeeperId;

	@Column(name = "product_name", updatable = false)
	private String productName;

	@Column(updatable = false)
	private String sku;

	@Column(name = "unit_price", updatable = false)
	private Money unitPrice;

	@Column(updatable = false)
	private int quantity;

	@Column(name = "line_total", updatable = false)
	private Money lineTotal;

	@Column(name = "discount_share", updatable = false)
	private Money discountShare;

	@Column(name = "shipping_share", updatable = false)
	private Money shippingShare;

	@Column(name = "tax_share", updatable = false)
	private Money taxShare;

	@Enumerated(EnumType.STRING)
	@Column(name = "fulfilment_status")
	private FulfilmentStatus fulfilmentStatus;

	private String carrier;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	protected OrderItem() {
	}

	OrderItem(UUID orderId, int position, PricedLine line, Money discountShare, Money shippingShare, Money taxShare) {
		this.orderId = orderId;
		this.position = position;
		this.productId = line.product().id();
		this.shopkeeperId = line.product().shopkeeperId();
		this.productName = line.product().name();
		this.sku = line.product().sku();
		this.unitPrice = line.unitPrice();
		this.quantity = line.quantity();
		this.lineTotal = line.lineTotal();
		this.discountShare = discountShare;
		this.shippingShare = shippingShare;
		this.taxShare = taxShare;
		this.fulfilmentStatus = FulfilmentStatus.UNFULFILLED;
	}

	UUID getShopkeeperId() {
		return this.shopkeeperId;
	}

	FulfilmentStatus getFulfilmentStatus() {
		return this.fulfilmentStatus;
	}

	UUID getProductId() {
		return this.productId;
	}

	int getQuantity() {
		return this.quantity;
	}

	Money getLineTotal() {
		return this.lineTotal;
	}

	Money getDiscountShare() {
		return this.discountShare;
	}

	Money getShippingShare() {
		return this.shippingShare;
	}

	Money getTaxShare() {
		return this.taxShare;
	}

	/** Hands the line to a carrier; a line shipped already keeps its first shipment. */
	boolean ship(String carrier, String trackingNumber, Instant at) {
		if (this.fulfilmentStatus != FulfilmentStatus.UNFULFILLED) {
			return false;
		}
		this.fulfilmentStatus = FulfilmentStatus.SHIPPED;
		this.carrier = carrier;
		this.trackingNumber = trackingNumber;
		this.shippedAt = at;
		return true;
	}

	void deliver() {
		if (this.fulfilmentStatus == FulfilmentStatus.SHIPPED) {
			this.fulfilmentStatus = FulfilmentStatus.DELIVERED;
		}
	}

	/** A cancelled line is to be shipped again, its order paid late but in time. */
	void reinstate() {
		if (this.fulfilmentStatus == FulfilmentStatus.CANCELLED) {
			this.fulfilmentStatus = FulfilmentStatus.UNFULFILLED;
		}
	}

	void cancel() {
		if (this.fulfilmentStatus == FulfilmentStatus.UNFULFILLED) {
			this.fulfilmentStatus = FulfilmentStatus.CANCELLED;
		}
	}

	OrderView.Item toView() {
		return new OrderView.Item(getId(), this.productId, this.shopkeeperId, this.productName, this.sku,
				this.unitPrice, this.quantity, this.lineTotal, this.discountShare, this.shippingShare, this.taxShare,
				this.fulfilmentStatus, this.carrier, this.trackingNumber, this.shippedAt);
	}

}
