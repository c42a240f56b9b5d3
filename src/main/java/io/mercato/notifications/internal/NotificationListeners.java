package io.mercato.notifications.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.ShopkeeperVerificationChanged;
import io.mercato.accounts.UserRegistered;
import io.mercato.inventory.StockLow;
import io.mercato.notifications.NotificationType;
import io.mercato.ordering.OrderCancelled;
import io.mercato.ordering.OrderDelivered;
import io.mercato.ordering.OrderPaid;
import io.mercato.ordering.OrderPlaced;
import io.mercato.ordering.OrderShipped;
import io.mercato.payments.PaymentFailed;
import io.mercato.payments.RefundIssued;
import io.mercato.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of the other modules into notifications and order mails. Each listener
 * runs in a transaction of its own after the publishing transaction committed, and is
 * idempotent: every notice and mail carries a dedupe key made of its type and the event's
 * natural id (the order, payment, refund, shipment, product level or verification
 * change), so an event heard again writes and sends nothing new.
 * <p>
 * Who gets what: the customer hears of their order (guests by mail only), the order's
 * shopkeepers of what they must do or know, a shopkeeper of low stock and of their
 * verification, and the admins of money Mercato gave back by itself (a paid order whose
 * stock was gone, an automatic refund) and of shopkeepers waiting for verification.
 */
@Component
class NotificationListeners {

	/** The cancellation reason of a paid order whose stock was gone. */
	static final String STOCK_UNAVAILABLE_AFTER_PAYMENT = "stock_unavailable_after_payment";

	private final Notifier notifier;

	private final AccountManagement accounts;

	NotificationListeners(Notifier notifier, AccountManagement accounts) {
		this.notifier = notifier;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		String key = key(NotificationType.ORDER_PLACED, event.orderId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.ORDER_PLACED, "Order " + event.orderNumber() + " placed",
				"We have your order " + event.orderNumber() + " for " + event.total() + " " + event.currency()
						+ ". Pay it to have it shipped.",
				data, key);
		each(notices, event.shopkeeperIds(), NotificationType.NEW_ORDER_FOR_SHOP, "New order " + event.orderNumber(),
				"A customer ordered products of your shop in " + event.orderNumber() + ". It is not paid yet.", data,
				key(NotificationType.NEW_ORDER_FOR_SHOP, event.orderId()));
		this.notifier.notify(notices);
		this.notifier.mailOrder(key, event.userId(), event.customerEmail(), "Your Mercato order " + event.orderNumber(),
				"order-placed", Map.of("orderNumber", event.orderNumber(), "total", event.total().toString(),
						"currency", event.currency()),
				event.orderId());
	}

	@ApplicationModuleListener
	void on(OrderPaid event) {
		String key = key(NotificationType.ORDER_PAID, event.orderId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.ORDER_PAID, "Order " + event.orderNumber() + " paid",
				"We received " + event.total() + " " + event.currency() + " for " + event.orderNumber()
						+ ". The shop ships it soon.",
				data, key);
		each(notices, event.shopkeeperIds(), NotificationType.ORDER_TO_SHIP,
				"Order " + event.orderNumber() + " to ship", event.orderNumber() + " is paid: ship your lines of it.",
				data, key(NotificationType.ORDER_TO_SHIP, event.orderId()));
		this.notifier.notify(notices);
		this.notifier.mailOrder(key, event.userId(), event.customerEmail(),
				"Payment received for your Mercato order " + event.orderNumber(), "order-paid", Map.of("orderNumber",
						event.orderNumber(), "total", event.total().toString(), "currency", event.currency()),
				event.orderId());
	}

	@ApplicationModuleListener
	void on(OrderShipped event) {
		// one order may ship in several parcels: the shipment is the carrier's tracking
		// number
		String key = key(NotificationType.ORDER_SHIPPED, event.orderId()) + ":" + event.carrier() + ":"
				+ event.trackingNumber();
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		data.put("carrier", event.carrier());
		data.put("tracking_number", event.trackingNumber());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.ORDER_SHIPPED,
				(event.whole() ? "Order " : "Part of order ") + event.orderNumber() + " shipped",
				(event.whole() ? "Your order " + event.orderNumber() + " is"
						: "Part of your order " + event.orderNumber() + " is") + " on its way with " + event.carrier()
						+ ", tracking number " + event.trackingNumber() + ".",
				data, key);
		this.notifier.notify(notices);
		this.notifier.mailOrder(key, event.userId(), event.customerEmail(),
				"Your Mercato order " + event.orderNumber() + " is on its way", "order-shipped",
				Map.of("orderNumber", event.orderNumber(), "carrier", event.carrier(), "trackingNumber",
						event.trackingNumber(), "whole", event.whole()),
				event.orderId());
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		String key = key(NotificationType.ORDER_DELIVERED, event.orderId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.ORDER_DELIVERED,
				"Order " + event.orderNumber() + " delivered",
				"Your order " + event.orderNumber() + " was delivered. Enjoy it!", data, key);
		each(notices, event.shopkeeperIds(), NotificationType.ORDER_DELIVERED,
				"Order " + event.orderNumber() + " delivered", event.orderNumber() + " reached its customer.", data,
				key);
		this.notifier.notify(notices);
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		String key = key(NotificationType.ORDER_CANCELLED, event.orderId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		data.put("reason", event.reason());
		boolean stockGone = STOCK_UNAVAILABLE_AFTER_PAYMENT.equals(event.reason());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.ORDER_CANCELLED,
				"Order " + event.orderNumber() + " cancelled",
				(stockGone
						? "Your order " + event.orderNumber()
								+ " was cancelled: its products sold out before your payment arrived."
						: "Your order " + event.orderNumber() + " was cancelled" + because(event.reason()) + ".")
						+ (event.paid() ? " Your payment is refunded in full." : ""),
				data, key);
		each(notices, event.shopkeeperIds(), NotificationType.ORDER_CANCELLED,
				"Order " + event.orderNumber() + " cancelled",
				event.orderNumber() + " was cancelled" + because(event.reason()) + ": do not ship it.", data, key);
		if (stockGone) {
			each(notices, this.accounts.activeAdminIds(), NotificationType.ORDER_CANCELLED, "Paid order " + event
				.orderNumber() + " cancelled", event.orderNumber()
						+ " was paid after its stock was gone: Mercato cancelled it and refunds the payment in full.",
					data, key);
		}
		this.notifier.notify(notices);
	}

	@ApplicationModuleListener
	void on(PaymentFailed event) {
		String key = key(NotificationType.PAYMENT_FAILED, event.paymentId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		data.put("payment_id", event.paymentId().toString());
		data.put("failure_code", event.failureCode());
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.PAYMENT_FAILED,
				"Payment for " + event.orderNumber() + " failed", "The payment for " + event.orderNumber() + " failed: "
						+ event.failureMessage() + " You may pay again while the order is reserved for you.",
				data, key);
		this.notifier.notify(notices);
	}

	@ApplicationModuleListener
	void on(RefundIssued event) {
		String key = key(NotificationType.REFUND_ISSUED, event.refundId());
		Map<String, String> data = order(event.orderId(), event.orderNumber());
		data.put("payment_id", event.paymentId().toString());
		data.put("refund_id", event.refundId().toString());
		String amount = event.amount() + " " + event.currency();
		List<Notice> notices = new ArrayList<>();
		customer(notices, event.userId(), NotificationType.REFUND_ISSUED, "Refund for " + event.orderNumber(),
				"We refunded " + amount + (event.whole() ? ", all you paid," : "") + " for " + event.orderNumber()
						+ " (" + event.reason() + ").",
				data, key);
		each(notices, event.shopkeeperIds(), NotificationType.REFUND_ISSUED, "Refund for " + event.orderNumber(),
				amount + " of " + event.orderNumber() + " went back to the customer (" + event.reason() + ").", data,
				key);
		if (event.automatic()) {
			each(notices, this.accounts.activeAdminIds(), NotificationType.REFUND_ISSUED,
					"Automatic refund for " + event.orderNumber(), "Mercato refunded " + amount + " of "
							+ event.orderNumber() + " by itself (" + event.reason() + ").",
					data, key);
		}
		this.notifier.notify(notices);
		this.notifier.mailOrder(
				key, event.userId(), event.customerEmail(), "Refund for your Mercato order " + event.orderNumber(),
				"refund-issued", Map.of("orderNumber", event.orderNumber(), "amount", event.amount().toString(),
						"currency", event.currency(), "reason", event.reason(), "whole", event.whole()),
				event.orderId());
	}

	@ApplicationModuleListener
	void on(StockLow event) {
		// the event names no time: the level and threshold tell one fall from another
		String key = key(NotificationType.STOCK_LOW, event.productId()) + ":" + event.available() + ":"
				+ event.threshold();
		Map<String, String> data = new LinkedHashMap<>();
		data.put("product_id", event.productId().toString());
		this.notifier.notify(List.of(new Notice(event.shopkeeperId(), NotificationType.STOCK_LOW, "Low stock",
				"A product of yours has " + event.available() + " units left (your threshold is " + event.threshold()
						+ "). Restock it before it sells out.",
				data, key)));
	}

	@ApplicationModuleListener
	void on(ShopkeeperVerificationChanged event) {
		NotificationType type = event.verified() ? NotificationType.SHOPKEEPER_VERIFIED
				: NotificationType.SHOPKEEPER_UNVERIFIED;
		String key = key(type, event.userId()) + ":" + event.changedAt();
		this.notifier.notify(List.of(event.verified()
				? new Notice(event.userId(), type, "Your shop is verified",
						"An admin verified your shop: you may now list, publish and restock products.", Map.of(), key)
				: new Notice(event.userId(), type, "Your shop's verification was withdrawn",
						"An admin withdrew your shop's verification: your products are hidden from the catalog "
								+ "until it is verified again.",
						Map.of(), key)));
	}

	@ApplicationModuleListener
	void on(UserRegistered event) {
		if (event.role() == Role.ADMIN) {
			return;
		}
		List<Notice> notices = new ArrayList<>();
		notices.add(new Notice(event.userId(), NotificationType.WELCOME, "Welcome to Mercato",
				(event.role() == Role.SHOPKEEPER)
						? "Your shop is registered. An admin verifies it before you can list products."
						: "Your account is ready. Happy shopping!",
				Map.of(), key(NotificationType.WELCOME, event.userId())));
		if (event.role() == Role.SHOPKEEPER) {
			Map<String, String> data = Map.of("user_id", event.userId().toString());
			each(notices, this.accounts.activeAdminIds(), NotificationType.SHOPKEEPER_AWAITING_VERIFICATION,
					"A shop waits for verification", "A shopkeeper signed up and waits for your verification.", data,
					key(NotificationType.SHOPKEEPER_AWAITING_VERIFICATION, event.userId()));
		}
		this.notifier.notify(notices);
	}

	private static void customer(List<Notice> notices, @Nullable UUID userId, NotificationType type, String title,
			String message, Map<String, String> data, String key) {
		if (userId != null) {
			notices.add(new Notice(userId, type, title, message, data, key));
		}
	}

	private static void each(List<Notice> notices, Collection<UUID> userIds, NotificationType type, String title,
			String message, Map<String, String> data, String key) {
		userIds.forEach((userId) -> notices.add(new Notice(userId, type, title, message, data, key)));
	}

	/**
	 * The reason of a cancellation in words: the expiry job's and the default reasons are
	 * codes, a person's is their own text.
	 */
	private static String because(String reason) {
		if (reason.equals("expired")) {
			return ": it was not paid in time";
		}
		if (reason.equals("cancelled") || reason.isBlank()) {
			return "";
		}
		return " (" + reason + ")";
	}

	private static Map<String, String> order(UUID orderId, String orderNumber) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("order_id", orderId.toString());
		data.put("order_number", orderNumber);
		return data;
	}

	private static String key(NotificationType type, UUID id) {
		return type.name() + ":" + id;
	}

}
