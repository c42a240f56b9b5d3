package io.mercato.sampledata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.mercato.addresses.AddressManagement;
import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.OrderFulfilment;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.ShipTo;
import io.mercato.payments.PaymentDesk;
import io.mercato.payments.PaymentView;
import io.mercato.payments.ProcessPayment;
import io.mercato.promotions.PromotionAdministration;
import io.mercato.promotions.PromotionDraft;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.sampledata.SampleData;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the demo's people do in the generated catalog, through the same module APIs their
 * requests reach: the admin creates a promotion, the customers place orders, pay by bank
 * transfer, the admin records the money received, the shopkeepers ship their lines, the
 * admin records the deliveries and a customer cancels. So stock, reservations, the
 * ledger, the status history, payments and events are exactly as in real use; only the
 * catalog itself is generated.
 * <p>
 * The orders, one of each state a newcomer meets first: {@code PENDING} (placed, not
 * paid, and so cancelled by the expiry job once its reservation window passes, like any),
 * {@code CONFIRMED} (paid, with the promotion), {@code SHIPPED}, {@code COMPLETED} (from
 * both shops, each shipping its own line) and {@code CANCELLED} (by its customer, before
 * paying).
 */
@Component
@ConditionalOnBooleanProperty("mercato.demo-data.enabled")
class DemoShop {

	static final String PROMOTION_CODE = "WELCOME10";

	static final int ORDERS = 5;

	// enough that no demo order empties a product or takes it down to low stock
	private static final int MINIMUM_AVAILABLE = SampleData.LOW_STOCK_THRESHOLD + 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PromotionAdministration promotions;

	private final OrderManagement orders;

	private final OrderFulfilment fulfilment;

	private final PaymentDesk payments;

	private final AddressManagement addresses;

	DemoShop(JdbcClient jdbc, Clock clock, PromotionAdministration promotions, OrderManagement orders,
			OrderFulfilment fulfilment, PaymentDesk payments, AddressManagement addresses) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.promotions = promotions;
		this.orders = orders;
		this.fulfilment = fulfilment;
		this.payments = payments;
		this.addresses = addresses;
	}

	/**
	 * Creates the promotion and the orders in a freshly generated demo catalog.
	 * @param sampleData the generator that wrote it, for its logins
	 */
	void open(SampleData sampleData) {
		CurrentUser admin = user(sampleData.adminEmail(), Role.ADMIN);
		CurrentUser shop1 = user(sampleData.shopkeeperEmail(1), Role.SHOPKEEPER);
		CurrentUser shop2 = user(sampleData.shopkeeperEmail(2), Role.SHOPKEEPER);
		CurrentUser customer1 = user(sampleData.customerEmail(1), Role.CUSTOMER);
		CurrentUser customer2 = user(sampleData.customerEmail(2), Role.CUSTOMER);
		CurrentUser customer3 = user(sampleData.customerEmail(3), Role.CUSTOMER);
		Map<UUID, Deque<UUID>> products = productsForSale();
		Deque<UUID> fromShop1 = products.getOrDefault(shop1.id(), new ArrayDeque<>());
		Deque<UUID> fromShop2 = products.getOrDefault(shop2.id(), new ArrayDeque<>());
		if (fromShop1.size() < 5 || fromShop2.size() < 3) {
			throw new IllegalStateException("The demo catalog has too few products in stock for the demo orders");
		}
		createPromotion(admin);

		place(customer1, PaymentMethod.CREDIT_CARD, null, null, "Please leave the parcel with a neighbour.",
				PlaceOrder.Line.of(fromShop1.pop(), 1), PlaceOrder.Line.of(fromShop2.pop(), 1));

		OrderView confirmed = place(customer2, PaymentMethod.BANK_TRANSFER, null, PROMOTION_CODE, null,
				PlaceOrder.Line.of(fromShop1.pop(), 2), PlaceOrder.Line.of(fromShop1.pop(), 1));
		payByTransfer(customer2, admin, confirmed);

		OrderView shipped = place(customer3, PaymentMethod.BANK_TRANSFER, "express", null, null,
				PlaceOrder.Line.of(fromShop2.pop(), 1));
		payByTransfer(customer3, admin, shipped);
		this.fulfilment.ship(shop2, shipped.id(), null, "UPS", "1Z999AA10123456784", null);

		OrderView completed = place(customer1, PaymentMethod.BANK_TRANSFER, null, null, null,
				PlaceOrder.Line.of(fromShop1.pop(), 1), PlaceOrder.Line.of(fromShop2.pop(), 3));
		payByTransfer(customer1, admin, completed);
		this.fulfilment.ship(shop1, completed.id(), null, "DHL", "00340434161094042557", null);
		this.fulfilment.ship(shop2, completed.id(), null, "UPS", "1Z999AA10123456795", null);
		this.fulfilment.deliver(admin, completed.id(), null);
		this.fulfilment.complete(admin, completed.id(), null);

		OrderView cancelled = place(customer3, PaymentMethod.CREDIT_CARD, null, null, null,
				PlaceOrder.Line.of(fromShop1.pop(), 1));
		this.fulfilment.cancel(new OrderCaller(customer3, null), cancelled.id(), null, "Ordered the wrong size.");
	}

	private void createPromotion(CurrentUser admin) {
		Instant now = this.clock.instant();
		this.promotions.createPromotion(admin,
				new PromotionDraft(PROMOTION_CODE, "Welcome: 10 % off",
						"10 % off a first order, whatever is in it, for a year.", PromotionType.PERCENTAGE,
						Money.of("10.00"), now, now.plus(Duration.ofDays(365)), null, null, 1, PromotionScope.ALL,
						List.of(), List.of(), null, true));
	}

	private OrderView place(CurrentUser customer, PaymentMethod method, @Nullable String shippingMethod,
			@Nullable String promotionCode, @Nullable String notes, PlaceOrder.Line... lines) {
		return this.orders
			.placeOrder(new PlaceOrder(OrderCustomer.user(customer.id()), Arrays.asList(lines),
					ShipTo.address(defaultAddress(customer)), null, shippingMethod, null, method, promotionCode, notes,
					null))
			.order();
	}

	/**
	 * The customer says they pay by bank transfer, and the admin records the money
	 * received: the order is confirmed, whatever payment gateway the application has.
	 */
	private void payByTransfer(CurrentUser customer, CurrentUser admin, OrderView order) {
		PaymentView payment = this.payments.processPayment(new OrderCaller(customer, null), order.id(),
				new ProcessPayment(null, null));
		this.payments.markReceived(admin, payment.id());
	}

	private OrderAddress defaultAddress(CurrentUser customer) {
		UUID addressId = this.jdbc.sql("""
				select id from addresses.address
				where owner_id = ? and type = 'SHIPPING' and is_default and deleted_at is null""")
			.param(customer.id())
			.query(UUID.class)
			.single();
		return OrderAddress.of(this.addresses.findAddress(addressId, customer.id()).orElseThrow());
	}

	/**
	 * One of the generated users, as if logged in; the session is never looked up by the
	 * services the demo calls.
	 */
	private CurrentUser user(String email, Role role) {
		UUID id = this.jdbc.sql("select id from accounts.app_user where email = ?")
			.param(email)
			.query(UUID.class)
			.single();
		return new CurrentUser(id, role, Ids.newId());
	}

	/**
	 * The products on sale with stock to spare, by shopkeeper, in SKU order, through the
	 * catalog's and the inventory's published views.
	 */
	private Map<UUID, Deque<UUID>> productsForSale() {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select o.id, o.shopkeeper_id
				from catalog.product_offer o
				join inventory.stock_available s on s.product_id = o.id
				where o.status = 'PUBLISHED' and o.shop_listed and s.available >= ?
				order by o.sku""").param(MINIMUM_AVAILABLE).query().listOfRows();
		return rows.stream()
			.collect(Collectors.groupingBy((row) -> (UUID) row.get("shopkeeper_id"),
					Collectors.mapping((row) -> (UUID) row.get("id"), Collectors.toCollection(ArrayDeque::new))));
	}

}
