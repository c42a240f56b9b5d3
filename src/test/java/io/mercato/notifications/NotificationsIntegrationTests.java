package io.mercato.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mercato.accounts.AccountSelfService;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.ProfileChange;
import io.mercato.accounts.ShopkeeperVerificationChanged;
import io.mercato.inventory.StockLow;
import io.mercato.ordering.OrderCancelled;
import io.mercato.ordering.OrderDelivered;
import io.mercato.ordering.OrderPaid;
import io.mercato.ordering.OrderPlaced;
import io.mercato.ordering.OrderShipped;
import io.mercato.payments.PaymentFailed;
import io.mercato.payments.RefundIssued;
import io.mercato.shared.domain.Money;
import io.mercato.shared.mail.MailMessage;
import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifications module with the modules it hears: each event gives the right
 * notifications to the right people and the customer's order mail; an event heard twice
 * writes one row and sends one mail; a listener that fails before its commit leaves its
 * publication incomplete, and the resubmission writes what it did not.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(FlakyMailPort.class)
class NotificationsIntegrationTests {

	// generous: on a busy machine the listener threads may be queued behind other events
	private static final Duration DELIVERY = Duration.ofSeconds(60);

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FlakyMailPort mail;

	@Autowired
	IncompleteEventPublications publications;

	@Autowired
	AccountSelfService selfService;

	@Autowired
	io.mercato.accounts.UserAdministration administration;

	AccountsFixtures accounts;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.context);
	}

	@Test
	void anOrderPlacedNotifiesItsCustomerAndShopkeepersAndMailsTheCustomer(Scenario scenario) {
		CurrentUser customer = this.accounts.customerUser();
		UUID shop = UUID.randomUUID();
		UUID otherShop = UUID.randomUUID();
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), orderNumber(), customer.id(), email(customer),
				Set.of(shop, otherShop), Money.of("42.50"), "EUR");

		scenario.publish(placed)
			.andWaitForStateChange(() -> notifications(placed.orderId()), (rows) -> rows.size() == 3)
			.andVerify((rows) -> assertThat(rows).containsExactlyInAnyOrder(
					new Row(customer.id(), NotificationType.ORDER_PLACED),
					new Row(shop, NotificationType.NEW_ORDER_FOR_SHOP),
					new Row(otherShop, NotificationType.NEW_ORDER_FOR_SHOP)));

		await().atMost(DELIVERY).until(() -> this.mail.sentTo(email(customer)).stream().anyMatch(this::isOrderMail));
		MailMessage message = orderMails(email(customer)).get(0);
		assertThat(message.subject()).isEqualTo("Your Mercato order " + placed.orderNumber());
		assertThat(message.text()).contains(placed.orderNumber(), "42.50 EUR", "/orders/" + placed.orderId());
		assertThat(message.html()).contains(placed.orderNumber(), "42.50 EUR", "/orders/" + placed.orderId());
		assertThat(data(customer.id(), placed.orderId()))
			.contains("\"order_number\": \"" + placed.orderNumber() + "\"");
	}

	@Test
	void aGuestOrderIsMailedOnly(Scenario scenario) {
		String guest = AccountsFixtures.uniqueEmail("guest");
		UUID shop = UUID.randomUUID();
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), orderNumber(), null, guest, Set.of(shop),
				Money.of("9.99"), "EUR");

		scenario.publish(placed)
			.andWaitForStateChange(() -> this.mail.sentTo(guest), (mails) -> !mails.isEmpty())
			.andVerify((mails) -> assertThat(mails).singleElement()
				.extracting(MailMessage::subject)
				.isEqualTo("Your Mercato order " + placed.orderNumber()));
		assertThat(notifications(placed.orderId())).containsExactly(new Row(shop, NotificationType.NEW_ORDER_FOR_SHOP));
	}

	@Test
	void anEventHeardTwiceWritesOneNotificationAndSendsOneMail() {
		CurrentUser customer = this.accounts.customerUser();
		UUID shop = UUID.randomUUID();
		OrderPaid paid = new OrderPaid(UUID.randomUUID(), orderNumber(), customer.id(), email(customer), Set.of(shop),
				Money.of("12.00"), "EUR");

		publish(paid);
		publish(paid);
		awaitAllDelivered(paid.orderId());

		assertThat(notifications(paid.orderId())).containsExactlyInAnyOrder(
				new Row(customer.id(), NotificationType.ORDER_PAID), new Row(shop, NotificationType.ORDER_TO_SHIP));
		assertThat(orderMails(email(customer))).singleElement()
			.extracting(MailMessage::subject)
			.isEqualTo("Payment received for your Mercato order " + paid.orderNumber());
		assertThat(this.jdbc.sql("select count(*) from notifications.sent_mail where dedupe_key = ?")
			.param("ORDER_PAID:" + paid.orderId())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aListenerThatFailsBeforeItsCommitWritesEverythingWhenItsEventIsResubmitted() {
		CurrentUser customer = this.accounts.customerUser();
		UUID shop = UUID.randomUUID();
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), orderNumber(), customer.id(), email(customer),
				Set.of(shop), Money.of("30.00"), "EUR");
		this.mail.failNextMailTo(email(customer));

		publish(placed);
		await().atMost(DELIVERY).until(() -> this.mail.failures(email(customer)) == 1);
		await().atMost(DELIVERY).until(() -> failedPublications(placed.orderId()) == 1);
		assertThat(notifications(placed.orderId())).as("the failed listener's transaction rolled back").isEmpty();
		assertThat(orderMails(email(customer))).isEmpty();

		this.publications.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

		await().atMost(DELIVERY).until(() -> notifications(placed.orderId()).size() == 2);
		await().atMost(DELIVERY).until(() -> pendingPublications(placed.orderId()) == 0);
		assertThat(notifications(placed.orderId())).containsExactlyInAnyOrder(
				new Row(customer.id(), NotificationType.ORDER_PLACED),
				new Row(shop, NotificationType.NEW_ORDER_FOR_SHOP));
		assertThat(orderMails(email(customer))).hasSize(1);
	}

	@Test
	void shipmentsAreNotifiedAndMailedOncePerParcel() {
		CurrentUser customer = this.accounts.customerUser();
		UUID orderId = UUID.randomUUID();
		String number = orderNumber();
		OrderShipped first = new OrderShipped(orderId, number, customer.id(), email(customer),
				Set.of(UUID.randomUUID()), List.of(UUID.randomUUID()), "DHL", "TRACK-1", false);
		OrderShipped second = new OrderShipped(orderId, number, customer.id(), email(customer),
				Set.of(UUID.randomUUID()), List.of(UUID.randomUUID()), "DHL", "TRACK-2", true);

		publish(first);
		publish(second);
		publish(second);
		awaitAllDelivered(orderId);

		assertThat(notifications(orderId)).containsExactly(new Row(customer.id(), NotificationType.ORDER_SHIPPED),
				new Row(customer.id(), NotificationType.ORDER_SHIPPED));
		assertThat(orderMails(email(customer))).extracting(MailMessage::text)
			.satisfiesExactlyInAnyOrder((text) -> assertThat(text).contains("Part of your order " + number, "TRACK-1"),
					(text) -> assertThat(text).contains("Your order " + number + " is on its way", "TRACK-2"));
	}

	@Test
	void aDeliveryNotifiesTheCustomerAndTheShopkeepersWithoutAMail(Scenario scenario) {
		CurrentUser customer = this.accounts.customerUser();
		UUID shop = UUID.randomUUID();
		OrderDelivered delivered = new OrderDelivered(UUID.randomUUID(), orderNumber(), customer.id(), email(customer),
				Set.of(shop));

		scenario.publish(delivered)
			.andWaitForStateChange(() -> notifications(delivered.orderId()), (rows) -> rows.size() == 2)
			.andVerify((rows) -> assertThat(rows).containsExactlyInAnyOrder(
					new Row(customer.id(), NotificationType.ORDER_DELIVERED),
					new Row(shop, NotificationType.ORDER_DELIVERED)));
		await().atMost(DELIVERY).until(() -> pendingPublications(delivered.orderId()) == 0);
		assertThat(orderMails(email(customer))).isEmpty();
	}

	@Test
	void aPaidOrderCancelledForLackOfStockAlsoNotifiesTheAdmins(Scenario scenario) {
		CurrentUser admin = this.accounts.adminUser();
		CurrentUser customer = this.accounts.customerUser();
		UUID shop = UUID.randomUUID();
		OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), orderNumber(), customer.id(), email(customer),
				Set.of(shop), true, "stock_unavailable_after_payment");

		scenario.publish(cancelled)
			.andWaitForStateChange(() -> notifications(cancelled.orderId()),
					(rows) -> rows.contains(new Row(admin.id(), NotificationType.ORDER_CANCELLED)))
			.andVerify((rows) -> assertThat(rows).contains(new Row(customer.id(), NotificationType.ORDER_CANCELLED),
					new Row(shop, NotificationType.ORDER_CANCELLED)));
		assertThat(message(customer.id(), cancelled.orderId())).contains("sold out", "refunded in full");
	}

	@Test
	void anOrderCancelledByItsCustomerNotifiesNoAdmin() {
		CurrentUser admin = this.accounts.adminUser();
		CurrentUser customer = this.accounts.customerUser();
		OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), orderNumber(), customer.id(), email(customer),
				Set.of(UUID.randomUUID()), false, "customer_request");

		publish(cancelled);
		await().atMost(DELIVERY).until(() -> pendingPublications(cancelled.orderId()) == 0);

		assertThat(notifications(cancelled.orderId())).hasSize(2)
			.doesNotContain(new Row(admin.id(), NotificationType.ORDER_CANCELLED));
	}

	@Test
	void anAutomaticRefundNotifiesCustomerShopkeepersAndAdminsAndMailsTheCustomer(Scenario scenario) {
		CurrentUser admin = this.accounts.adminUser();
		String guest = AccountsFixtures.uniqueEmail("guest");
		UUID shop = UUID.randomUUID();
		RefundIssued refund = new RefundIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), orderNumber(),
				null, guest, Set.of(shop), Money.of("19.90"), "EUR", true, "stock_unavailable_after_payment", true);

		scenario.publish(refund)
			.andWaitForStateChange(() -> notifications(refund.orderId()),
					(rows) -> rows.contains(new Row(admin.id(), NotificationType.REFUND_ISSUED)))
			.andVerify((rows) -> assertThat(rows).contains(new Row(shop, NotificationType.REFUND_ISSUED)));
		await().atMost(DELIVERY).until(() -> !this.mail.sentTo(guest).isEmpty());
		assertThat(this.mail.sentTo(guest)).singleElement()
			.satisfies((message) -> assertThat(message.text()).contains("19.90 EUR", "all you paid"));
		assertThat(data(shop, refund.orderId())).contains(refund.refundId().toString(), refund.paymentId().toString());
	}

	@Test
	void aRefundSomeoneAskedForNotifiesNoAdmin() {
		CurrentUser admin = this.accounts.adminUser();
		CurrentUser customer = this.accounts.customerUser();
		RefundIssued refund = new RefundIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), orderNumber(),
				customer.id(), email(customer), Set.of(), Money.of("5.00"), "EUR", false, "damaged", false);

		publish(refund);
		await().atMost(DELIVERY).until(() -> pendingPublications(refund.orderId()) == 0);

		assertThat(notifications(refund.orderId()))
			.containsExactly(new Row(customer.id(), NotificationType.REFUND_ISSUED));
		assertThat(notifications(refund.orderId())).doesNotContain(new Row(admin.id(), NotificationType.REFUND_ISSUED));
	}

	@Test
	void aFailedPaymentNotifiesTheCustomer(Scenario scenario) {
		CurrentUser customer = this.accounts.customerUser();
		PaymentFailed failed = new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), orderNumber(), customer.id(),
				email(customer), "card_declined", "The card was declined.");

		scenario.publish(failed)
			.andWaitForStateChange(() -> notifications(failed.orderId()), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly(new Row(customer.id(), NotificationType.PAYMENT_FAILED)));
		assertThat(data(customer.id(), failed.orderId())).contains(failed.paymentId().toString(), "card_declined");
	}

	@Test
	void lowStockNotifiesTheProductsShopkeeperOncePerFall() {
		UUID shopkeeper = UUID.randomUUID();
		UUID product = UUID.randomUUID();
		StockLow low = new StockLow(product, shopkeeper, 4, 5);

		publish(low);
		publish(low);
		awaitAllDelivered(product);
		assertThat(productNotifications(product)).containsExactly(new Row(shopkeeper, NotificationType.STOCK_LOW));

		publish(new StockLow(product, shopkeeper, 2, 5));
		await().atMost(DELIVERY).until(() -> productNotifications(product).size() == 2);
	}

	@Test
	void aShopkeeperHearsOfEveryVerificationChange() {
		CurrentUser shopkeeper = this.accounts.verifiedShopkeeperUser();
		CurrentUser admin = this.accounts.adminUser();

		this.administration.verifyShopkeeper(admin, new ClientInfo("127.0.0.1", null), shopkeeper.id(), false);
		this.administration.verifyShopkeeper(admin, new ClientInfo("127.0.0.1", null), shopkeeper.id(), true);

		await().atMost(DELIVERY).until(() -> types(shopkeeper.id()).size() == 4);
		assertThat(types(shopkeeper.id())).containsExactlyInAnyOrder(NotificationType.WELCOME.name(),
				NotificationType.SHOPKEEPER_VERIFIED.name(), NotificationType.SHOPKEEPER_UNVERIFIED.name(),
				NotificationType.SHOPKEEPER_VERIFIED.name());
		publish(new ShopkeeperVerificationChanged(shopkeeper.id(), true,
				Instant.parse("2026-01-01T00:00:00Z").truncatedTo(ChronoUnit.SECONDS)));
		await().atMost(DELIVERY).until(() -> types(shopkeeper.id()).size() == 5);
	}

	@Test
	void aNewShopkeeperIsWelcomedAndAnnouncedToTheAdmins() {
		CurrentUser admin = this.accounts.adminUser();
		CurrentUser shopkeeper = this.accounts.verifiedShopkeeperUser();

		await().atMost(DELIVERY)
			.until(() -> this.jdbc.sql("""
					select count(*) from notifications.notification
					where user_id = ? and type = 'SHOPKEEPER_AWAITING_VERIFICATION' and data ->> 'user_id' = ?""")
				.params(admin.id(), shopkeeper.id().toString())
				.query(Long.class)
				.single() == 1);
		await().atMost(DELIVERY).until(() -> types(shopkeeper.id()).contains(NotificationType.WELCOME.name()));
	}

	@Test
	void aCustomerWhoSwitchedOrderMailsOffGetsNotificationsButNoOrderMail() {
		CurrentUser customer = this.accounts.customerUser();
		assertThat(
				this.selfService.patchProfile(customer, new ProfileChange(null, null, null, null, false)).orderEmails())
			.isFalse();
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), orderNumber(), customer.id(), email(customer), Set.of(),
				Money.of("8.00"), "EUR");

		publish(placed);
		await().atMost(DELIVERY).until(() -> pendingPublications(placed.orderId()) == 0);

		assertThat(notifications(placed.orderId()))
			.containsExactly(new Row(customer.id(), NotificationType.ORDER_PLACED));
		assertThat(orderMails(email(customer))).isEmpty();
		assertThat(this.mail.sentTo(email(customer))).as("the account's own mails still go out")
			.extracting(MailMessage::subject)
			.contains("Confirm your email address for Mercato");
	}

	private void publish(Object event) {
		new org.springframework.transaction.support.TransactionTemplate(
				this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> this.context.publishEvent(event));
	}

	/**
	 * Waits until every publication of an event naming the id is delivered. Spring
	 * Modulith may leave one of two byte-identical publications of a listener incomplete;
	 * the resubmission job delivers it again, as in production, and the listener writes
	 * and sends nothing the second time.
	 */
	private void awaitAllDelivered(UUID id) {
		await().atMost(DELIVERY).until(() -> {
			if (pendingPublications(id) == 0) {
				return true;
			}
			// of two identical publications the registry may leave one marked as being
			// processed for good; the listener is idempotent, so resending it is harmless
			this.publications.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
			return false;
		});
	}

	private List<Row> notifications(UUID orderId) {
		return this.jdbc.sql("""
				select user_id, type from notifications.notification where data ->> 'order_id' = ?
				order by created_at, id""")
			.param(orderId.toString())
			.query((rs, row) -> new Row(rs.getObject("user_id", UUID.class),
					NotificationType.valueOf(rs.getString("type"))))
			.list();
	}

	private List<Row> productNotifications(UUID productId) {
		return this.jdbc.sql("select user_id, type from notifications.notification where data ->> 'product_id' = ?")
			.param(productId.toString())
			.query((rs, row) -> new Row(rs.getObject("user_id", UUID.class),
					NotificationType.valueOf(rs.getString("type"))))
			.list();
	}

	private List<String> types(UUID userId) {
		return this.jdbc.sql("select type from notifications.notification where user_id = ? order by created_at, id")
			.param(userId)
			.query(String.class)
			.list();
	}

	private String data(UUID userId, UUID orderId) {
		return this.jdbc
			.sql("select data::text from notifications.notification where user_id = ? and data ->> 'order_id' = ?")
			.params(userId, orderId.toString())
			.query(String.class)
			.single();
	}

	private String message(UUID userId, UUID orderId) {
		return this.jdbc
			.sql("select message from notifications.notification where user_id = ? and data ->> 'order_id' = ?")
			.params(userId, orderId.toString())
			.query(String.class)
			.single();
	}

	private long pendingPublications(UUID id) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private long failedPublications(UUID id) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private List<MailMessage> orderMails(String email) {
		return this.mail.sentTo(email).stream().filter(this::isOrderMail).toList();
	}

	private boolean isOrderMail(MailMessage message) {
		return message.subject().contains("order");
	}

	private String email(CurrentUser user) {
		return this.selfService.profile(user).email();
	}

	private static String orderNumber() {
		return "ORD-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	record Row(UUID userId, NotificationType type) {

	}

}
