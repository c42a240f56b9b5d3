package io.mercato.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingFixtures;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.ShipTo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places orders and pays and refunds them over HTTP, and checks the invariant every
 * payment keeps: its refunds add up to its refunded amount, never more than it took, and
 * its status says whether all of it went back.
 */
public class PaymentsFixtures {

	private final MockMvcTester mvc;

	private final OrderManagement orders;

	private final OrderingFixtures ordering;

	private final InventoryFixtures inventory;

	private final AccountsFixtures accounts;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public PaymentsFixtures(MockMvcTester mvc, OrderManagement orders, OrderingFixtures ordering,
			InventoryFixtures inventory, AccountsFixtures accounts, TransactionTemplate transactions, JdbcClient jdbc) {
		this.mvc = mvc;
		this.orders = orders;
		this.ordering = ordering;
		this.inventory = inventory;
		this.accounts = accounts;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	public static PaymentsFixtures of(MockMvcTester mvc, ApplicationContext context) {
		CatalogFixtures catalog = CatalogFixtures.of(mvc, context);
		InventoryFixtures inventory = InventoryFixtures.of(catalog, context);
		return new PaymentsFixtures(mvc, context.getBean(OrderManagement.class),
				OrderingFixtures.of(inventory, context), inventory, catalog.accounts(),
				context.getBean(TransactionTemplate.class), context.getBean(JdbcClient.class));
	}

	public AccountsFixtures accounts() {
		return this.accounts;
	}

	public InventoryFixtures inventory() {
		return this.inventory;
	}

	public OrderingFixtures ordering() {
		return this.ordering;
	}

	/**
	 * Asserts what every test leaves true: the stock ledger adds up, every order is
	 * consistent, and every payment's refunds add up.
	 */
	public void assertInvariants() {
		this.inventory.assertLedgerMatchesStock();
		this.ordering.assertOrdersConsistent();
		assertPaymentsConsistent();
	}

	/** Places the customer's order of the products, with the method. */
	public OrderView place(Session customer, PaymentMethod method, UUID productId, int quantity) {
		CurrentUser user = new CurrentUser(customer.userId(), Role.CUSTOMER, customer.sessionId());
		return this.transactions
			.execute((tx) -> this.orders.placeOrder(
					new PlaceOrder(OrderCustomer.user(user.id()), List.of(PlaceOrder.Line.of(productId, quantity)),
							ShipTo.address(this.ordering.berlin(user)), null, null, null, method, null, null, null)))
			.order();
	}

	/** Places a guest's card order. */
	public PlacedOrder placeAsGuest(UUID productId, int quantity) {
		PlaceOrder guest = OrderingFixtures.guestOrder(AccountsFixtures.uniqueEmail("guest"), productId, quantity);
		return this.transactions.execute((tx) -> this.orders.placeOrder(new PlaceOrder(guest.customer(), guest.lines(),
				guest.shipTo(), null, null, null, PaymentMethod.CREDIT_CARD, null, null, null)));
	}

	public MvcTestResult pay(Session who, UUID orderId, String token) {
		return send(this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", orderId)
			.header(HttpHeaders.AUTHORIZATION, who.bearer()), "{\"payment_token\": \"%s\"}".formatted(token));
	}

	public MvcTestResult refund(Session who, UUID orderId, String json) {
		return send(this.mvc.post()
			.uri("/api/v1/orders/{id}/refund", orderId)
			.header(HttpHeaders.AUTHORIZATION, who.bearer()), json);
	}

	public static MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, String json) {
		return request.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	public static String id(MvcTestResult result) {
		return JsonPath.read(AccountsFixtures.body(result), "$.id");
	}

	/** The payments' statuses of the order, oldest first. */
	public List<String> paymentStatuses(UUID orderId) {
		return this.jdbc.sql("select status from payments.payment where order_id = ? order by created_at, id")
			.param(orderId)
			.query(String.class)
			.list();
	}

	/** What was given back of the order's payments. */
	public BigDecimal refunded(UUID orderId) {
		return this.jdbc.sql("select coalesce(sum(amount), 0) from payments.refund where order_id = ?")
			.param(orderId)
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Asserts every payment's invariants: its refunds add up to its refunded amount,
	 * which never exceeds what it took, and it is REFUNDED exactly when all went back.
	 */
	public void assertPaymentsConsistent() {
		long broken = this.jdbc.sql("""
				select count(*) from payments.payment p
				where p.refunded_amount <> (select coalesce(sum(r.amount), 0) from payments.refund r
				                            where r.payment_id = p.id)
				   or p.refunded_amount > p.amount
				   or (p.status = 'REFUNDED') <> (p.refunded_amount = p.amount)
				   or (p.refunded_amount > 0 and p.status not in ('COMPLETED', 'REFUNDED'))""")
			.query(Long.class)
			.single();
		assertThat(broken).as("payments whose refunds do not add up").isZero();
	}

}
