package io.mercato.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.mercato.accounts.AccountSelfService;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.ProfileChange;
import io.mercato.accounts.Registration;
import io.mercato.accounts.UserView;
import io.mercato.ordering.OrderPaid;
import io.mercato.ordering.OrderPlaced;
import io.mercato.ordering.OrderShipped;
import io.mercato.payments.RefundIssued;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mails as a mail server receives them over SMTP (GreenMail): the order placed, paid,
 * shipped and refund mails of a guest, each with its subject, a plain-text and an HTML
 * part; the account's verification mail from its templates; and a customer who switched
 * order mails off getting none.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class NotificationMailIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(60);

	// a free port chosen up front: Spring may build the context before the server starts
	private static final int PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AccountSelfService selfService;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Test
	void mailsAGuestEveryStepOfTheOrderWithTextAndHtml() throws Exception {
		String guest = AccountsFixtures.uniqueEmail("guest");
		UUID orderId = UUID.randomUUID();
		String number = "ORD-GM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Set<UUID> shops = Set.of(UUID.randomUUID());

		publish(new OrderPlaced(orderId, number, null, guest, shops, Money.of("104.50"), "EUR"));
		publish(new OrderPaid(orderId, number, null, guest, shops, Money.of("104.50"), "EUR"));
		publish(new OrderShipped(orderId, number, null, guest, shops, List.of(UUID.randomUUID()), "UPS", "1Z999AA1",
				true));
		publish(new RefundIssued(UUID.randomUUID(), UUID.randomUUID(), orderId, number, null, guest, shops,
				Money.of("4.50"), "EUR", false, "a scratched lid <b>", false));

		await().atMost(DELIVERY).until(() -> received(guest).size() == 4);
		assertThat(received(guest)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Your Mercato order " + number,
					"Payment received for your Mercato order " + number,
					"Your Mercato order " + number + " is on its way", "Refund for your Mercato order " + number);

		MimeMessage placed = bySubject(guest, "Your Mercato order " + number);
		assertThat(placed.getFrom()[0].toString()).contains("no-reply@mercato.localhost");
		assertThat(placed.getContentType()).startsWith("multipart/alternative");
		assertThat(part(placed, "text/plain")).contains("Thank you for your order " + number, "104.50 EUR",
				"/orders/" + orderId);
		assertThat(part(placed, "text/html")).contains("<html", number, "104.50 EUR",
				"href=\"http://localhost:3000/orders/" + orderId + "\"");

		MimeMessage paid = bySubject(guest, "Payment received for your Mercato order " + number);
		assertThat(part(paid, "text/plain")).contains("We received your payment for order " + number, "104.50 EUR");
		assertThat(part(paid, "text/html")).contains("We received your payment for order", number);

		MimeMessage shipped = bySubject(guest, "Your Mercato order " + number + " is on its way");
		assertThat(part(shipped, "text/plain")).contains("Your order " + number + " is on its way", "Carrier: UPS",
				"Tracking number: 1Z999AA1");
		assertThat(part(shipped, "text/html")).contains("UPS", "1Z999AA1").doesNotContain("the rest follows");

		MimeMessage refund = bySubject(guest, "Refund for your Mercato order " + number);
		assertThat(part(refund, "text/plain")).contains("We refunded 4.50 EUR for your order " + number,
				"Reason: a scratched lid <b>");
		assertThat(part(refund, "text/html")).as("values are escaped in HTML")
			.contains("4.50 EUR", "a scratched lid &lt;b&gt;")
			.doesNotContain("all you paid");
	}

	@Test
	void sendsTheAccountsVerificationMailFromItsTemplates() throws Exception {
		String email = AccountsFixtures.uniqueEmail("verify");
		this.selfService.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
				AccountsFixtures.PASSWORD, "Grace Hopper", null, null, null));

		await().atMost(DELIVERY).until(() -> received(email).size() == 1);
		MimeMessage mail = received(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Mercato");
		assertThat(part(mail, "text/plain")).contains("/verify-email?token=", "Token: ");
		assertThat(part(mail, "text/html")).contains("/verify-email?token=", "Confirm my email address");
	}

	@Test
	void sendsNoOrderMailToACustomerWhoSwitchedThemOff() throws Exception {
		String email = AccountsFixtures.uniqueEmail("quiet");
		UserView customer = this.selfService.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
				AccountsFixtures.PASSWORD, "Grace Hopper", null, null, null));
		CurrentUser caller = new CurrentUser(customer.id(), Role.CUSTOMER, UUID.randomUUID());
		this.selfService.patchProfile(caller, new ProfileChange(null, null, null, null, false));
		UUID orderId = UUID.randomUUID();
		String number = "ORD-Q" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();

		publish(new OrderPlaced(orderId, number, customer.id(), email, Set.of(), Money.of("5.00"), "EUR"));
		publish(new OrderPaid(orderId, number, customer.id(), email, Set.of(), Money.of("5.00"), "EUR"));
		await().atMost(DELIVERY).until(() -> pendingPublications(orderId) == 0);

		assertThat(received(email)).as("only the account's own mail")
			.extracting(MimeMessage::getSubject)
			.containsExactly("Confirm your email address for Mercato");
		assertThat(this.jdbc
			.sql("select count(*) from notifications.notification where user_id = ? and type in "
					+ "('ORDER_PLACED', 'ORDER_PAID')")
			.param(customer.id())
			.query(Long.class)
			.single()).as("the notifications are written all the same").isEqualTo(2);

		this.selfService.patchProfile(caller, new ProfileChange(null, null, null, null, true));
		UUID later = UUID.randomUUID();
		publish(new OrderPlaced(later, number + "X", customer.id(), email, Set.of(), Money.of("5.00"), "EUR"));
		await().atMost(DELIVERY).until(() -> received(email).size() == 2);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long pendingPublications(UUID id) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage bySubject(String address, String subject) throws Exception {
		for (MimeMessage message : received(address)) {
			if (subject.equals(message.getSubject())) {
				return message;
			}
		}
		throw new AssertionError("No mail to " + address + " with subject " + subject);
	}

	/**
	 * The content of the message's first part of the type, however deep in the multipart.
	 */
	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type) && part.getContent() instanceof String text) {
			return text;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = partOrNull(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private static String partOrNull(Part part, String type) throws Exception {
		try {
			return part(part, type);
		}
		catch (AssertionError ex) {
			return null;
		}
	}

}
