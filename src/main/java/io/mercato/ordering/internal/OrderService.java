package io.mercato.ordering.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import io.mercato.inventory.InventoryManagement;
import io.mercato.inventory.StockLine;
import io.mercato.ordering.FulfilmentStatus;
import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderEvent;
import io.mercato.ordering.OrderFulfilment;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingException;
import io.mercato.ordering.PayableOrder;
import io.mercato.ordering.PaymentAcceptance;
import io.mercato.ordering.PaymentStatus;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.RefundRights;
import io.mercato.ordering.internal.OrderStateMachine.Effect;
import io.mercato.ordering.internal.OrderStateMachine.Transition;
import io.mercato.promotions.PromotionManagement;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.security.SecretTokens;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders' writes: placing them ({@link OrderPlacement}) and every change of status, from
 * the payments module and from people. A change locks the order's row, checks the version
 * the caller read and who the caller is to the order, applies the status machine's
 * transition to the aggregate and carries out the transition's stock and promotion
 * effects through their modules, all in one transaction.
 */
@Service
@Transactional
class OrderService implements OrderManagement, OrderFulfilment {

	/** The reason the expiry job cancels an unpaid order with. */
	static final String EXPIRED = "expired";

	/** Why money for an expired order whose stock is gone is given back. */
	static final String STOCK_UNAVAILABLE_AFTER_PAYMENT = "stock_unavailable_after_payment";

	/** Why money for an order a person cancelled is given back. */
	static final String PAYMENT_AFTER_CANCELLATION = "payment_after_cancellation";

	/** The longest reason the history and the order keep ({@code varchar(500)}). */
	static final int MAX_REASON_LENGTH = 500;

	private final OrderPlacement placement;

	private final OrderRepository orders;

	private final InventoryManagement inventory;

	private final PromotionManagement promotions;

	private final EntityManager entityManager;

	private final Clock clock;

	OrderService(OrderPlacement placement, OrderRepository orders, InventoryManagement inventory,
			PromotionManagement promotions, EntityManager entityManager, Clock clock) {
		this.placement = placement;
		this.orders = orders;
		this.inventory = inventory;
		this.promotions = promotions;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public PlacedOrder placeOrder(PlaceOrder command) {
		return this.placement.place(command);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderView> findOrder(UUID orderId) {
		return this.orders.findById(orderId).map(Order::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public void requireVisible(OrderCaller caller, UUID orderId) {
		actor(caller, this.orders.findById(orderId).orElseThrow(OrderingException.OrderNotFound::new));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canSee(OrderCaller caller, UUID orderId) {
		Order order = this.orders.findById(orderId).orElse(null);
		if (order == null) {
			return false;
		}
		boolean visible = actorOf(caller, order).isPresent();
		// not kept in the caller's persistence context: a lock taken on the order later
		// in the same transaction then reads it afresh instead of checking a stale copy
		this.entityManager.detach(order);
		return visible;
	}

	@Override
	public void holdForPayment(UUID orderId) {
		lock(orderId);
	}

	@Override
	public PayableOrder payable(OrderCaller caller, UUID orderId) {
		Order order = lock(orderId);
		OrderActor actor = actor(caller, order);
		if (actor == OrderActor.SHOPKEEPER) {
			throw new OrderingException.TransitionNotAllowed(OrderEvent.PAY, actor);
		}
		if (order.getPaymentStatus() == PaymentStatus.PAID || order.getPaymentStatus() == PaymentStatus.REFUNDED
				|| order.getPaymentStatus() == PaymentStatus.PARTIALLY_REFUNDED) {
			throw new OrderingException.AlreadyPaid();
		}
		if (order.getStatus() == OrderStatus.PROCESSING) {
			throw new OrderingException.PaymentInProgress();
		}
		OrderStateMachine.require(order.getStatus(), OrderEvent.PAY, OrderActor.SYSTEM);
		return order.toPayable();
	}

	@Override
	public PaymentAcceptance acceptPayment(UUID orderId) {
		Order order = lock(orderId);
		OrderStatus status = order.getStatus();
		if (order.getPaymentStatus() != PaymentStatus.UNPAID && order.getPaymentStatus() != PaymentStatus.FAILED) {
			return PaymentAcceptance.DUPLICATE;
		}
		if (status == OrderStatus.PENDING || status == OrderStatus.FAILED) {
			system(order, OrderEvent.PAY, null);
		}
		if (order.getStatus() == OrderStatus.PROCESSING) {
			system(order, OrderEvent.PAYMENT_SUCCEEDED, null);
			return PaymentAcceptance.CONFIRMED;
		}
		// cancelled meanwhile: an expired order is sold again if all its stock still is
		// there; one a person cancelled is not revived behind their back
		if (EXPIRED.equals(order.getCancellationReason()) && stockStillThere(order)) {
			system(order, OrderEvent.LATE_PAYMENT, "paid after its reservation window");
			return PaymentAcceptance.REVIVED;
		}
		order.refusePayment(EXPIRED.equals(order.getCancellationReason()) ? STOCK_UNAVAILABLE_AFTER_PAYMENT
				: PAYMENT_AFTER_CANCELLATION);
		order.takeUnwrittenHistory().forEach(this.entityManager::persist);
		this.orders.save(order);
		return PaymentAcceptance.REFUSED;
	}

	@Override
	public RefundRights refundRights(CurrentUser caller, UUID orderId) {
		Order order = lock(orderId);
		OrderActor actor = actor(new OrderCaller(caller, null), order);
		if (actor != OrderActor.ADMIN && actor != OrderActor.SHOPKEEPER) {
			throw new OrderingException.TransitionNotAllowed(OrderEvent.REFUND, actor);
		}
		boolean admin = actor == OrderActor.ADMIN;
		return new RefundRights(order.getId(), order.getOrderNumber(), actor, admin ? null : caller.id(),
				admin ? order.getTotal() : order.shareOf(caller.id()), admin || order.sellsEveryLine(caller.id()),
				order.getStatus(), order.getUserId(), order.toPayable().customerEmail(), order.shopkeeperIds());
	}

	@Override
	public OrderView recordRefund(UUID orderId, boolean whole, boolean restock, String reason) {
		Order order = lock(orderId);
		boolean refundable = OrderStateMachine.find(order.getStatus(), OrderEvent.REFUND).isPresent();
		if (whole && refundable) {
			boolean shipped = order.anyShipped();
			system(order, OrderEvent.REFUND, reason);
			// goods that never left the shop go back on the shelf; shipped goods only
			// when the refunder says they came back
			if (!shipped || restock) {
				requireStockEffect(this.inventory.returnSale(order.getId().toString()), "return", order);
			}
		}
		else {
			order.recordRefund(whole);
			// only the payment status changed; the version moves all the same, so that an
			// If-Match read before the refund no longer holds
			this.entityManager.lock(order, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			this.orders.save(order);
		}
		this.orders.flush();
		return order.toView();
	}

	@Override
	public OrderView startPayment(UUID orderId) {
		return system(orderId, OrderEvent.PAY, null);
	}

	@Override
	public OrderView confirmPayment(UUID orderId) {
		return system(orderId, OrderEvent.PAYMENT_SUCCEEDED, null);
	}

	@Override
	public OrderView failPayment(UUID orderId, String reason) {
		Order order = lock(orderId);
		// a gateway that answered at once was called without a PROCESSING step
		if (order.getStatus() == OrderStatus.PENDING || order.getStatus() == OrderStatus.FAILED) {
			system(order, OrderEvent.PAY, null);
		}
		system(order, OrderEvent.PAYMENT_FAILED, reason);
		this.orders.flush();
		return order.toView();
	}

	/**
	 * Cancels an unpaid order whose reservation window has passed; does nothing to an
	 * order paid, being paid or cancelled meanwhile.
	 * @return whether it was cancelled
	 */
	boolean expire(UUID orderId) {
		Order order = this.orders.findForUpdate(orderId).orElse(null);
		if (order == null || OrderStateMachine.find(order.getStatus(), OrderEvent.EXPIRE).isEmpty()
				|| order.getReservationExpiresAt().isAfter(this.clock.instant())) {
			return false;
		}
		change(order, OrderStateMachine.require(order.getStatus(), OrderEvent.EXPIRE, OrderActor.SYSTEM),
				OrderActor.SYSTEM, null, EXPIRED);
		return true;
	}

	@Override
	public OrderView cancel(OrderCaller caller, UUID orderId, @Nullable Long expectedVersion, String reason) {
		String why = checkReason(reason);
		Order order = lockVisible(caller, orderId, expectedVersion);
		OrderActor actor = actor(caller, order);
		// who before what: a shopkeeper of some lines may not cancel whatever the order's
		// state, and a shipped line is a conflict only for someone who could otherwise
		// cancel
		if (actor == OrderActor.SHOPKEEPER && !order.sellsEveryLine(caller.user().id())) {
			throw new OrderingException.TransitionNotAllowed(OrderEvent.CANCEL, actor);
		}
		Transition transition = OrderStateMachine.require(order.getStatus(), OrderEvent.CANCEL, actor);
		if (order.anyShipped()) {
			throw new OrderingException.AlreadyShipped();
		}
		change(order, transition, actor, actorId(caller), why);
		return viewFor(caller, order);
	}

	@Override
	public OrderView ship(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion, String carrier,
			String trackingNumber, @Nullable List<UUID> itemIds) {
		checkShipment(carrier, trackingNumber);
		OrderCaller asCaller = new OrderCaller(caller, null);
		Order order = lockVisible(asCaller, orderId, expectedVersion);
		OrderActor actor = actor(asCaller, order);
		Transition transition = OrderStateMachine.require(order.getStatus(), OrderEvent.SHIP, actor);
		List<UUID> shipped = linesToShip(order, actor, caller.id(), itemIds);
		boolean allShipped = order.shipItems(shipped, carrier, trackingNumber, this.clock.instant());
		if (allShipped) {
			change(order, transition, actor, caller.id(), null);
		}
		else {
			// only lines changed, which Hibernate does not count as a change of the
			// order: its version must move all the same, or an If-Match read before this
			// shipment would still hold
			this.entityManager.lock(order, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			this.orders.saveAndFlush(order);
		}
		return viewFor(asCaller, order);
	}

	@Override
	public OrderView deliver(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion) {
		return byPerson(caller, orderId, expectedVersion, OrderEvent.DELIVER);
	}

	@Override
	public OrderView complete(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion) {
		return byPerson(caller, orderId, expectedVersion, OrderEvent.COMPLETE);
	}

	private OrderView byPerson(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion, OrderEvent event) {
		OrderCaller asCaller = new OrderCaller(caller, null);
		Order order = lockVisible(asCaller, orderId, expectedVersion);
		OrderActor actor = actor(asCaller, order);
		change(order, OrderStateMachine.require(order.getStatus(), event, actor), actor, caller.id(), null);
		return viewFor(asCaller, order);
	}

	private OrderView system(UUID orderId, OrderEvent event, @Nullable String reason) {
		Order order = lock(orderId);
		system(order, event, reason);
		// written now, so that the order handed back carries its new version
		this.orders.flush();
		return order.toView();
	}

	private void system(Order order, OrderEvent event, @Nullable String reason) {
		// a gateway's words are kept, cut to what the history holds
		String why = (reason != null && reason.length() > MAX_REASON_LENGTH) ? reason.substring(0, MAX_REASON_LENGTH)
				: reason;
		change(order, OrderStateMachine.require(order.getStatus(), event, OrderActor.SYSTEM), OrderActor.SYSTEM, null,
				why, false);
	}

	/**
	 * Reads the order under its row lock. Through the persistence context, so that a
	 * second transition of the same order in the same transaction (a payment started and
	 * confirmed at once) neither reads nor locks it again.
	 */
	private Order lock(UUID orderId) {
		Order order = this.entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
		if (order == null) {
			throw new OrderingException.OrderNotFound();
		}
		return order;
	}

	/** Whether every line of the order could be reserved again now. */
	private boolean stockStillThere(Order order) {
		Map<UUID, Integer> wanted = new java.util.HashMap<>();
		order.getItems().forEach((item) -> wanted.merge(item.getProductId(), item.getQuantity(), Integer::sum));
		Map<UUID, Integer> available = this.inventory.availability(wanted.keySet());
		return wanted.entrySet()
			.stream()
			.allMatch((line) -> available.getOrDefault(line.getKey(), 0) >= line.getValue());
	}

	/**
	 * Applies the transition to the order and carries out its effects on stock and
	 * promotion, keyed by the order's id as placement reserved and redeemed them.
	 */
	private void change(Order order, Transition transition, OrderActor actor, @Nullable UUID actorId,
			@Nullable String reason) {
		change(order, transition, actor, actorId, reason, true);
	}

	/**
	 * @param flush whether to write the change now, so that the order handed back carries
	 * its new version (a person's step answers its ETag); the system's steps are written
	 * with the transaction, once however many it takes
	 */
	private void change(Order order, Transition transition, OrderActor actor, @Nullable UUID actorId,
			@Nullable String reason, boolean flush) {
		order.apply(transition, actor, actorId, reason, this.clock.instant());
		String reference = order.getId().toString();
		Set<Effect> effects = transition.effects();
		// an order's reservation follows its status (reserved while unpaid, sold once
		// paid), so a stock effect that finds nothing to do means the two disagree: fail
		// rather than confirm an order without selling its stock
		if (effects.contains(Effect.COMMIT_STOCK)) {
			requireStockEffect(this.inventory.commit(reference), "commit", order);
		}
		if (effects.contains(Effect.RELEASE_STOCK)) {
			requireStockEffect(this.inventory.release(reference), "release", order);
		}
		if (effects.contains(Effect.RETURN_STOCK)) {
			requireStockEffect(this.inventory.returnSale(reference), "return", order);
		}
		if (effects.contains(Effect.RESERVE_AND_COMMIT_STOCK)) {
			this.inventory.reserve(order.getItems()
				.stream()
				.map((item) -> new StockLine(item.getProductId(), item.getQuantity()))
				.toList(), reference);
			requireStockEffect(this.inventory.commit(reference), "commit", order);
		}
		if (effects.contains(Effect.RELEASE_PROMOTION)) {
			this.promotions.release(reference);
		}
		order.takeUnwrittenHistory().forEach(this.entityManager::persist);
		if (flush) {
			this.orders.saveAndFlush(order);
		}
		else {
			this.orders.save(order);
		}
	}

	private static void requireStockEffect(boolean done, String effect, Order order) {
		if (!done) {
			throw new IllegalStateException("Order " + order.getId() + " had no stock reservation to " + effect
					+ " in status " + order.getStatus());
		}
	}

	/**
	 * Locks the order when the caller may see it, and checks the version they read.
	 */
	private Order lockVisible(OrderCaller caller, UUID orderId, @Nullable Long expectedVersion) {
		Order order = this.orders.findForUpdate(orderId).orElseThrow(OrderingException.OrderNotFound::new);
		actor(caller, order);
		if (expectedVersion != null && expectedVersion != order.getVersion()) {
			throw new OrderingException.VersionMismatch(order.getVersion());
		}
		return order;
	}

	/**
	 * Who the caller is to the order; an order the caller may not see is not found.
	 */
	static OrderActor actor(OrderCaller caller, Order order) {
		return actorOf(caller, order).orElseThrow(OrderingException.OrderNotFound::new);
	}

	/** Who the caller is to the order, or empty when they may not see it. */
	private static Optional<OrderActor> actorOf(OrderCaller caller, Order order) {
		CurrentUser user = caller.user();
		if (user != null) {
			if (user.isAdmin()) {
				return Optional.of(OrderActor.ADMIN);
			}
			if (user.id().equals(order.getUserId())) {
				return Optional.of(OrderActor.CUSTOMER);
			}
			if (user.is(Role.SHOPKEEPER) && order.sells(user.id())) {
				return Optional.of(OrderActor.SHOPKEEPER);
			}
		}
		if (caller.orderToken() != null && order.getOrderTokenHash() != null
				&& MessageDigest.isEqual(SecretTokens.hash(caller.orderToken()).getBytes(StandardCharsets.US_ASCII),
						order.getOrderTokenHash().getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(OrderActor.CUSTOMER);
		}
		return Optional.empty();
	}

	/**
	 * A person's reason for a cancellation: 1 to 500 characters, not blank, kept trimmed.
	 */
	private static String checkReason(@Nullable String reason) {
		String trimmed = (reason != null) ? reason.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InvalidFieldsException("reason", "must not be blank");
		}
		if (trimmed.length() > MAX_REASON_LENGTH) {
			throw new InvalidFieldsException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
		}
		return trimmed;
	}

	/** A carrier and a tracking number: 1 to 100 characters each, not blank. */
	private static void checkShipment(@Nullable String carrier, @Nullable String trackingNumber) {
		List<InvalidField> errors = new ArrayList<>();
		if (carrier == null || carrier.isBlank() || carrier.length() > 100) {
			errors.add(new InvalidField("carrier", "must be 1 to 100 characters, not blank"));
		}
		if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 100) {
			errors.add(new InvalidField("tracking_number", "must be 1 to 100 characters, not blank"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	private static @Nullable UUID actorId(OrderCaller caller) {
		return (caller.user() != null) ? caller.user().id() : null;
	}

	/**
	 * The order as the caller may see it: a shopkeeper who is not its customer sees their
	 * lines.
	 */
	static OrderView viewFor(OrderCaller caller, Order order) {
		return (actor(caller, order) == OrderActor.SHOPKEEPER) ? order.toShopkeeperView(caller.user().id())
				: order.toView();
	}

	/**
	 * The lines a ship request names, checked: the order's, the shopkeeper's own, not
	 * shipped yet. Without ids, every unshipped line the caller may ship.
	 */
	private static List<UUID> linesToShip(Order order, OrderActor actor, UUID callerId, @Nullable List<UUID> itemIds) {
		List<OrderItem> mine = order.getItems()
			.stream()
			.filter((item) -> actor == OrderActor.ADMIN || item.getShopkeeperId().equals(callerId))
			.toList();
		if (itemIds == null) {
			List<UUID> unshipped = mine.stream()
				.filter((item) -> item.getFulfilmentStatus() == FulfilmentStatus.UNFULFILLED)
				.map(OrderItem::getId)
				.toList();
			if (unshipped.isEmpty()) {
				throw new InvalidFieldsException("item_ids", "none of your lines of this order is left to ship");
			}
			return unshipped;
		}
		List<InvalidField> errors = new ArrayList<>();
		for (int i = 0; i < itemIds.size(); i++) {
			UUID id = itemIds.get(i);
			OrderItem item = mine.stream().filter((line) -> line.getId().equals(id)).findFirst().orElse(null);
			if (item == null) {
				errors.add(new InvalidField("item_ids[" + i + "]", "is not a line of this order you may ship"));
			}
			else if (item.getFulfilmentStatus() != FulfilmentStatus.UNFULFILLED) {
				errors.add(new InvalidField("item_ids[" + i + "]", "has shipped already"));
			}
		}
		if (itemIds.isEmpty()) {
			errors.add(new InvalidField("item_ids", "must name at least one line, or be left out to ship all"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		return itemIds;
	}

}
