package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.addresses.AddressManagement;
import io.mercato.addresses.AddressView;
import io.mercato.addresses.AddressesFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.shared.security.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches order states through the ordering module's API, and checks the invariants every
 * order keeps: its totals add up, its lines add up to it, it has a history, and its stock
 * reservation is in the state its status implies.
 */
public class OrderingFixtures {

	private final OrderManagement orders;

	private final AddressesFixtures addresses;

	private final AddressManagement addressManagement;

	private final AccountsFixtures accounts;

	private final JdbcClient jdbc;

	public OrderingFixtures(OrderManagement orders, AddressesFixtures addresses, AddressManagement addressManagement,
			AccountsFixtures accounts, JdbcClient jdbc) {
		this.orders = orders;
		this.addresses = addresses;
		this.addressManagement = addressManagement;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	public static OrderingFixtures of(InventoryFixtures inventory, ApplicationContext context) {
		return new OrderingFixtures(context.getBean(OrderManagement.class), AddressesFixtures.of(context),
				context.getBean(AddressManagement.class), AccountsFixtures.of(context),
				context.getBean(JdbcClient.class));
	}

	/** A registered customer, with no address yet. */
	public CurrentUser customer() {
		return this.accounts.customerUser();
	}

	/** The customer's Berlin address, as an order copies it. */
	public OrderAddress berlin(CurrentUser customer) {
		AddressView address = this.addresses.address(customer);
		return OrderAddress.of(this.addressManagement.findAddress(address.id(), customer.id()).orElseThrow());
	}

	/**
	 * The command of a registered customer's order of the products, one unit each, to
	 * Berlin.
	 */
	public PlaceOrder order(CurrentUser customer, UUID... productIds) {
		return new PlaceOrder(OrderCustomer.user(customer.id()),
				List.of(productIds).stream().map((id) -> PlaceOrder.Line.of(id, 1)).toList(),
				ShipTo.address(berlin(customer)), null, null, null, PaymentMethod.CREDIT_CARD, null, null, null);
	}

	/** Places a registered customer's order of the products, one unit each. */
	public PlacedOrder place(CurrentUser customer, UUID... productIds) {
		return this.orders.placeOrder(order(customer, productIds));
	}

	/** The command of a guest's order to a free-text address. */
	public static PlaceOrder guestOrder(String email, UUID productId, int quantity) {
		return new PlaceOrder(OrderCustomer.guest(email, "Grace Hopper", null),
				List.of(PlaceOrder.Line.of(productId, quantity)), ShipTo.text("Unter den Linden 1, 10117 Berlin"), null,
				null, null, PaymentMethod.BANK_TRANSFER, null, null, null);
	}

	/** The state of the order's stock reservation lines, or {@code null} when none. */
	public List<String> reservationStates(UUID orderId) {
		return this.jdbc.sql("select distinct state from inventory.reservation where reference = ?")
			.param(orderId.toString())
			.query(String.class)
			.list();
	}

	public long orderCount() {
		return this.jdbc.sql("select count(*) from ordering.customer_order").query(Long.class).single();
	}

	/**
	 * Asserts every order's invariants in one query each: its history starts with the
	 * placement and ends at its status, and the reservation of an order waiting for
	 * payment is active, of a paid order committed, of a cancelled unpaid one (its
	 * payment failed or never tried) released, of a refunded one committed or returned.
	 * (The totals adding up are CHECKs and a constraint trigger of the database.)
	 */
	public void assertOrdersConsistent() {
		long historyMismatches = this.jdbc.sql("""
				select count(*) from ordering.customer_order o
				where o.status <> (select h.to_status from ordering.order_status_change h where h.order_id = o.id
				                   order by h.created_at desc, h.id desc limit 1)
				   or not exists (select 1 from ordering.order_status_change h
				                  where h.order_id = o.id and h.from_status is null and h.to_status = 'PENDING')""")
			.query(Long.class)
			.single();
		assertThat(historyMismatches).as("orders whose history does not end at their status").isZero();
		long reservationMismatches = this.jdbc.sql("""
				select count(*) from ordering.customer_order o
				where exists (select 1 from inventory.reservation r where r.reference = o.id::text
				              and r.state not in (case
				                  when o.status in ('PENDING', 'PROCESSING', 'FAILED') then 'ACTIVE'
				                  when o.status = 'CANCELLED' and o.paid_at is null then 'RELEASED'
				                  when o.status = 'CANCELLED' then 'RETURNED'
				                  else 'COMMITTED' end,
				                  -- a refunded order's goods came back, or were kept by the customer
				                  case when o.status = 'REFUNDED' then 'RETURNED' else '-' end))
				   or not exists (select 1 from inventory.reservation r where r.reference = o.id::text)""")
			.query(Long.class)
			.single();
		assertThat(reservationMismatches).as("orders whose reservation disagrees with their status").isZero();
	}

}
