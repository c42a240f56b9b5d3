package io.mercato.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.mercato.ordering.FulfilmentStatus;
import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderCancelled;
import io.mercato.ordering.OrderDelivered;
import io.mercato.ordering.OrderEvent;
import io.mercato.ordering.OrderPaid;
import io.mercato.ordering.OrderPlaced;
import io.mercato.ordering.OrderShipped;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderStatusChange;
import io.mercato.ordering.OrderStatusChanged;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.PayableOrder;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PaymentStatus;
import io.mercato.ordering.internal.OrderStateMachine.Effect;
import io.mercato.ordering.internal.OrderStateMachine.Transition;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;

/**
 * An order: what was bought, by whom, shipped where, for how much, and where it is in its
 * status machine. Everything it was placed with is a copy, so later changes of products,
 * addresses, promotions or rates leave it as placed; its totals are stored and the
 * database checks they add up. Every change of status goes through {@link #apply}, which
 * follows {@link OrderStateMachine}'s table, writes a history row and registers
 * {@link OrderStatusChanged}.
 */
@Entity(name = "CustomerOrder")
@Table(schema = "ordering", name = "customer_order")
class Order extends AbstractAggregateRoot {

	@Generated
	@Column(name = "order_number", insertable = false, updatable = false)
	private String orderNumber;

	@Column(name = "user_id", updatable = false)
	private UUID userId;

	@Column(name = "order_token_hash", updatable = false)
	private String orderTokenHash;

	@Column(name = "customer_email", updatable = false)
	private String customerEmail;

	@Column(name = "customer_name", updatable = false)
	private String customerName;

	@Column(name = "customer_phone", updatable = false)
	private String customerPhone;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fullName", column = @Column(name = "ship_full_name")),
			@AttributeOverride(name = "line1", column = @Column(name = "ship_line1")),
			@AttributeOverride(name = "line2", column = @Column(name = "ship_line2")),
			@AttributeOverride(name = "city", column = @Column(name = "ship_city")),
			@AttributeOverride(name = "region", column = @Column(name = "ship_region")),
			@AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code")),
			@AttributeOverride(name = "country", column = @Column(name = "ship_country")),
			@AttributeOverride(name = "phone", column = @Column(name = "ship_phone")) })
	private PostalAddress shippingAddress;

	@Column(name = "ship_text", updatable = false)
	private String shippingAddressText;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fullName", column = @Column(name = "bill_full_name")),
			@AttributeOverride(name = "line1", column = @Column(name = "bill_line1")),
			@AttributeOverride(name = "line2", column = @Column(name = "bill_line2")),
			@AttributeOverride(name = "city", column = @Column(name = "bill_city")),
			@AttributeOverride(name = "region", column = @Column(name = "bill_region")),
			@AttributeOverride(name = "postalCode", column = @Column(name = "bill_postal_code")),
			@AttributeOverride(name = "country", column = @Column(name = "bill_country")),
			@AttributeOverride(name = "phone", column = @Column(name = "bill_phone")) })
	private PostalAddress billingAddress;

	@Column(updatable = false)
	private String currency;

	@Column(updatable = false)
	private Money subtotal;

	@Column(name = "discount_total", updatable = false)
	private Money discountTotal;

	@Column(name = "shipping_cost", updatable = false)
	private Money shippingCost;

	@Column(updatable = false)
	private Money tax;

	@Column(updatable = false)
	private Money total;

	@Column(name = "shipping_method", updatable = false)
	private String shippingMethod;

	@Column(name = "shipping_method_name", updatable = false)
	private String shippingMethodName;

	@Column(name = "promotion_id", updatable = false)
	private UUID promotionId;

	@Column(name = "promotion_code", updatable = false)
	private String promotionCode;

	@Column(name = "tax_name", updatable = false)
	private String taxName;

	@Column(name = "tax_rate", updatable = false)
	private BigDecimal taxRate;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_status")
	private PaymentStatus paymentStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_method", updatable = false)
	private PaymentMethod paymentMethod;

	@Column(updatable = false)
	private String notes;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	@Column(name = "placed_at", updatable = false)
	private Instant placedAt;

	@Column(name = "reservation_expires_at", updatable = false)
	private Instant reservationExpiresAt;

	@Column(name = "paid_at")
	private Instant paidAt;

	// the shops of the lines, in the order of their first line: every event names them,
	// and reading them here spares reading the lines
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "shopkeeper_ids", updatable = false)
	private List<UUID> shopkeeperIds = new ArrayList<>();

	// a page of orders loads the lines of all its orders in one query, and their history
	// in another. Neither collection moves the version: a save merges them, which
	// Hibernate counts as a change; the version moves with the order's own fields, and a
	// shipment of some lines forces it.

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "order_id", insertable = false, updatable = false)
	@OrderBy("position")
	@BatchSize(size = 100)
	@OptimisticLock(excluded = true)
	private List<OrderItem> items = new ArrayList<>();

	// a transition adds a row and saves the order, which Spring Data merges: the merge
	// has to reach the new row, or it looks for it in the database and finds nothing
	@OneToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "order_id", insertable = false, updatable = false)
	@OrderBy("createdAt, id")
	@BatchSize(size = 100)
	@OptimisticLock(excluded = true)
	private List<StatusChangeEntry> history = new ArrayList<>();

	@Transient
	private final List<StatusChangeEntry> unwrittenHistory = new ArrayList<>();

	protected Order() {
	}

	/**
	 * Places an order {@code PENDING} and {@code UNPAID} with its first history row;
	 * {@link #placed()} is its {@link OrderPlaced} once it is written.
	 */
	Order(OrderDraft draft) {
		super(draft.id());
		this.userId = draft.userId();
		this.orderTokenHash = draft.orderTokenHash();
		this.customerEmail = draft.customerEmail();
		this.customerName = draft.customerName();
		this.customerPhone = draft.customerPhone();
		this.shippingAddress = PostalAddress.of(draft.shipTo().address());
		this.shippingAddressText = draft.shipTo().text();
		this.billingAddress = PostalAddress.of(draft.billTo());
		this.currency = draft.currency();
		this.shippingMethod = draft.shippingMethod();
		this.shippingMethodName = draft.shippingMethodName();
		this.promotionId = draft.promotionId();
		this.promotionCode = draft.promotionCode();
		this.taxName = draft.tax().name();
		this.taxRate = draft.tax().rate();
		this.paymentMethod = draft.paymentMethod();
		this.notes = draft.notes();
		this.placedAt = draft.placedAt();
		this.reservationExpiresAt = draft.reservationExpiresAt();
		this.status = OrderStatus.PENDING;
		this.paymentStatus = PaymentStatus.UNPAID;
		List<PricedLine> lines = draft.lines();
		List<Money> lineTotals = lines.stream().map(PricedLine::lineTotal).toList();
		List<Money> discounts = draft.lineDiscounts();
		List<Money> netLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			netLines.add(lineTotals.get(i).minus(discounts.get(i)));
		}
		List<Money> shippingShares = Shares.allocate(draft.shippingCost(), netLines);
		List<Money> taxBases = netLines;
		if (draft.tax().appliesToShipping()) {
			taxBases = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				taxBases.add(netLines.get(i).plus(shippingShares.get(i)));
			}
		}
		List<Money> taxShares = Shares.allocate(draft.tax().amount(), taxBases);
		for (int i = 0; i < lines.size(); i++) {
			this.items.add(
					new OrderItem(getId(), i, lines.get(i), discounts.get(i), shippingShares.get(i), taxShares.get(i)));
		}
		this.shopkeeperIds = this.items.stream().map(OrderItem::getShopkeeperId).distinct().toList();
		this.subtotal = sum(lineTotals);
		this.discountTotal = sum(discounts);
		this.shippingCost = draft.shippingCost();
		this.tax = draft.tax().amount();
		this.total = this.subtotal.minus(this.discountTotal).plus(this.shippingCost).plus(this.tax);
		this.history
			.add(new StatusChangeEntry(getId(), null, OrderStatus.PENDING, OrderActor.CUSTOMER, draft.userId(), null));
	}

	/**
	 * Returns the event of the order's placement, once it is written: its number is the
	 * database's, read back by the insert, so the event cannot be registered before. The
	 * placement publishes it itself, since saving the order a second time to publish a
	 * registered event would move its version.
	 */
	OrderPlaced placed() {
		if (this.orderNumber == null) {
			throw new IllegalStateException("An order is announced once written");
		}
		return new OrderPlaced(getId(), this.orderNumber, this.userId, this.customerEmail, shopkeeperIds(), this.total,
				this.currency);
	}

	/**
	 * Moves the order along the transition, which the caller looked up in the table for
	 * its current status: changes the status and the payment status, cancels the lines
	 * not shipped on a cancellation, writes the history row and registers the events. The
	 * stock and promotion effects are the caller's, in the same transaction.
	 */
	void apply(Transition transition, OrderActor actor, @Nullable UUID actorId, @Nullable String reason, Instant at) {
		if (transition.from() != this.status) {
			throw new IllegalStateException(
					"Transition from " + transition.from() + " applied to a " + this.status + " order");
		}
		boolean wasPaid = this.paymentStatus == PaymentStatus.PAID
				|| this.paymentStatus == PaymentStatus.PARTIALLY_REFUNDED;
		this.status = transition.to();
		Set<Effect> effects = transition.effects();
		if (effects.contains(Effect.MARK_PAID)) {
			this.paymentStatus = PaymentStatus.PAID;
			this.paidAt = at;
			registerEvent(new OrderPaid(getId(), this.orderNumber, this.userId, this.customerEmail, shopkeeperIds(),
					this.total, this.currency));
		}
		if (transition.from() == OrderStatus.CANCELLED) {
			this.cancellationReason = null;
			this.items.forEach(OrderItem::reinstate);
		}
		if (effects.contains(Effect.MARK_PAYMENT_FAILED)) {
			this.paymentStatus = PaymentStatus.FAILED;
		}
		if (effects.contains(Effect.MARK_REFUNDED)) {
			this.paymentStatus = PaymentStatus.REFUNDED;
		}
		if (transition.to() == OrderStatus.CANCELLED) {
			this.cancellationReason = (reason != null) ? reason : "cancelled";
			this.items.forEach(OrderItem::cancel);
			registerEvent(new OrderCancelled(getId(), this.orderNumber, this.userId, this.customerEmail,
					shopkeeperIds(), wasPaid, this.cancellationReason));
		}
		if (transition.to() == OrderStatus.DELIVERED) {
			this.items.forEach(OrderItem::deliver);
			registerEvent(
					new OrderDelivered(getId(), this.orderNumber, this.userId, this.customerEmail, shopkeeperIds()));
		}
		record(new StatusChangeEntry(getId(), transition.from(), transition.to(), actor, actorId, reason));
		registerEvent(new OrderStatusChanged(getId(), this.orderNumber, this.userId, this.customerEmail,
				shopkeeperIds(), transition.from(), transition.to(), transition.event(), actor, reason));
	}

	/**
	 * Adds a row to the history. A history not read yet is not read only to be appended
	 * to: the row waits in {@link #takeUnwrittenHistory()} for the service to persist it.
	 */
	private void record(StatusChangeEntry entry) {
		if (Hibernate.isInitialized(this.history)) {
			this.history.add(entry);
		}
		else {
			this.unwrittenHistory.add(entry);
		}
	}

	/**
	 * Returns the history rows added since the last call that the history collection does
	 * not hold, for the caller to persist.
	 */
	List<StatusChangeEntry> takeUnwrittenHistory() {
		List<StatusChangeEntry> rows = List.copyOf(this.unwrittenHistory);
		this.unwrittenHistory.clear();
		return rows;
	}

	/**
	 * Hands lines to a carrier.
	 * @param itemIds the lines to ship, all of them already checked to be this order's
	 * @return whether every line of the order is shipped now
	 */
	boolean shipItems(Collection<UUID> itemIds, String carrier, String trackingNumber, Instant at) {
		this.items.stream()
			.filter((item) -> itemIds.contains(item.getId()))
			.forEach((item) -> item.ship(carrier, trackingNumber, at));
		boolean whole = this.items.stream().allMatch((item) -> item.getFulfilmentStatus() == FulfilmentStatus.SHIPPED);
		registerEvent(new OrderShipped(getId(), this.orderNumber, this.userId, this.customerEmail, shopkeeperIds(),
				List.copyOf(itemIds), carrier, trackingNumber, whole));
		return whole;
	}

	/**
	 * Money arrived for the cancelled order that it cannot take: it stays cancelled, the
	 * history says why, and {@link OrderCancelled} says a refund is due.
	 * @param reason why the payment is refused, as the history and the event name it
	 */
	void refusePayment(String reason) {
		if (this.status != OrderStatus.CANCELLED
				|| (this.paymentStatus != PaymentStatus.UNPAID && this.paymentStatus != PaymentStatus.FAILED)) {
			throw new IllegalStateException("Only an unpaid cancelled order refuses a payment, not a " + this.status
					+ " " + this.paymentStatus + " one");
		}
		this.paymentStatus = PaymentStatus.PAID;
		this.cancellationReason = reason;
		record(new StatusChangeEntry(getId(), OrderStatus.CANCELLED, OrderStatus.CANCELLED, OrderActor.SYSTEM, null,
				reason));
		registerEvent(new OrderCancelled(getId(), this.orderNumber, this.userId, this.customerEmail, shopkeeperIds(),
				true, reason));
	}

	/**
	 * Records money given back without a change of status: part of the payment, or all of
	 * a cancelled order's.
	 * @param whole whether everything taken is given back now
	 */
	void recordRefund(boolean whole) {
		if (this.paymentStatus != PaymentStatus.PAID && this.paymentStatus != PaymentStatus.PARTIALLY_REFUNDED) {
			throw new IllegalStateException("A refund of an order whose payment is " + this.paymentStatus);
		}
		this.paymentStatus = whole ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
	}

	/**
	 * The share of the total the shopkeeper's lines make: their lines with the discount,
	 * shipping and tax allocated to them.
	 */
	Money shareOf(UUID shopkeeperId) {
		return sum(this.items.stream()
			.filter((item) -> item.getShopkeeperId().equals(shopkeeperId))
			.map((item) -> item.getLineTotal()
				.minus(item.getDiscountShare())
				.plus(item.getShippingShare())
				.plus(item.getTaxShare()))
			.toList());
	}

	/** What payments need to know of the order. */
	PayableOrder toPayable() {
		return new PayableOrder(getId(), this.orderNumber, this.status, this.paymentMethod, this.total, this.currency,
				this.userId, this.customerEmail, shopkeeperIds());
	}

	/** Whether any line has left its shop. */
	boolean anyShipped() {
		return this.items.stream()
			.anyMatch((item) -> item.getFulfilmentStatus() == FulfilmentStatus.SHIPPED
					|| item.getFulfilmentStatus() == FulfilmentStatus.DELIVERED);
	}

	/** Whether the shopkeeper sells any line of the order. */
	boolean sells(UUID shopkeeperId) {
		return this.items.stream().anyMatch((item) -> item.getShopkeeperId().equals(shopkeeperId));
	}

	/** Whether the shopkeeper sells every line of the order. */
	boolean sellsEveryLine(UUID shopkeeperId) {
		return this.items.stream().allMatch((item) -> item.getShopkeeperId().equals(shopkeeperId));
	}

	Set<UUID> shopkeeperIds() {
		return new LinkedHashSet<>(this.shopkeeperIds);
	}

	List<OrderItem> getItems() {
		return this.items;
	}

	String getOrderNumber() {
		return this.orderNumber;
	}

	@Nullable UUID getUserId() {
		return this.userId;
	}

	@Nullable String getOrderTokenHash() {
		return this.orderTokenHash;
	}

	OrderStatus getStatus() {
		return this.status;
	}

	PaymentStatus getPaymentStatus() {
		return this.paymentStatus;
	}

	Instant getPlacedAt() {
		return this.placedAt;
	}

	@Nullable String getCancellationReason() {
		return this.cancellationReason;
	}

	Money getTotal() {
		return this.total;
	}

	Instant getReservationExpiresAt() {
		return this.reservationExpiresAt;
	}

	List<OrderStatusChange> history() {
		return this.history.stream().map(StatusChangeEntry::toView).toList();
	}

	/**
	 * The order as its customer and the admins see it.
	 */
	OrderView toView() {
		return toView(this.items);
	}

	/**
	 * The order as a shopkeeper sees it: their lines only, the totals their share, no
	 * billing address, and in the history no one's id but their own.
	 */
	OrderView toShopkeeperView(UUID shopkeeperId) {
		return toView(this.items.stream().filter((item) -> item.getShopkeeperId().equals(shopkeeperId)).toList(),
				shopkeeperId);
	}

	/**
	 * The history as a shopkeeper of the order sees it: the changes, and the ids only of
	 * those they made themselves.
	 */
	List<OrderStatusChange> historyFor(UUID shopkeeperId) {
		return history().stream()
			.map((change) -> shopkeeperId.equals(change.actorId()) ? change
					: new OrderStatusChange(change.from(), change.to(), change.actor(), null, change.reason(),
							change.at()))
			.toList();
	}

	private OrderView toView(List<OrderItem> shown) {
		return toView(shown, null);
	}

	private OrderView toView(List<OrderItem> shown, @Nullable UUID shopkeeperId) {
		boolean whole = shown.size() == this.items.size();
		Money lines = whole ? this.subtotal : sum(shown.stream().map(OrderItem::getLineTotal).toList());
		Money discount = whole ? this.discountTotal : sum(shown.stream().map(OrderItem::getDiscountShare).toList());
		Money shipping = whole ? this.shippingCost : sum(shown.stream().map(OrderItem::getShippingShare).toList());
		Money taxes = whole ? this.tax : sum(shown.stream().map(OrderItem::getTaxShare).toList());
		Money sum = whole ? this.total : lines.minus(discount).plus(shipping).plus(taxes);
		return new OrderView(getId(), this.orderNumber, this.userId, this.customerEmail, this.customerName,
				this.customerPhone, (this.shippingAddress != null) ? this.shippingAddress.toAddress() : null,
				this.shippingAddressText,
				(this.billingAddress != null && shopkeeperId == null) ? this.billingAddress.toAddress() : null,
				this.currency, lines, discount, shipping, taxes, sum, this.status, this.paymentStatus,
				this.paymentMethod, this.shippingMethod, this.promotionCode, this.taxName, this.taxRate, this.notes,
				this.cancellationReason, this.placedAt, getUpdatedAt(), this.reservationExpiresAt, this.paidAt,
				getVersion(), shown.stream().map(OrderItem::toView).toList(),
				(shopkeeperId != null) ? historyFor(shopkeeperId) : history());
	}

	private static Money sum(List<Money> amounts) {
		return amounts.stream().reduce(Money.ZERO, Money::plus);
	}

}
