package io.mercato.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingFixtures;
import io.mercato.ordering.OrderPlaced;
import io.mercato.shared.domain.Money;
import io.mercato.shared.mail.CapturingMailPort;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifications' HTTP API: a user's own list with its filter and cursors, the unread
 * count, marking one or all read, another user's notification answering 404, hostile
 * input answering 400 problems, and the list's fixed statement count. Every response is
 * checked against the OpenAPI document.
 */
@MercatoApiTest
class NotificationApiIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(60);

	private static final String LIST = "/api/v1/notifications";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	AccountsFixtures accounts;

	Session owner;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.owner = this.accounts.customer();
		// the welcome notification of the sign-up, then five orders: six in all
		await().atMost(DELIVERY).until(() -> count(this.owner) == 1);
		for (int i = 0; i < 5; i++) {
			new TransactionTemplate(this.transactionManager)
				.executeWithoutResult((status) -> this.context.publishEvent(new OrderPlaced(UUID.randomUUID(),
						"ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), this.owner.userId(),
						"nobody@example.com", Set.of(), Money.of("10.00"), "EUR")));
		}
		await().atMost(DELIVERY).until(() -> count(this.owner) == 6);
	}

	@Test
	void listsTheCallersNotificationsNewestFirstPageByPage() {
		MvcTestResult first = get(LIST + "?page_size=4", this.owner);

		assertThat(first).hasStatusOk();
		String json = body(first);
		assertThat(JsonPath.<List<String>>read(json, "$.results[*].type")).containsExactly("ORDER_PLACED",
				"ORDER_PLACED", "ORDER_PLACED", "ORDER_PLACED");
		assertThat(JsonPath.<List<Boolean>>read(json, "$.results[*].is_read")).containsOnly(false);
		assertThat(JsonPath.<String>read(json, "$.results[0].data.order_number")).startsWith("ORD-");
		assertThat(JsonPath.<Object>read(json, "$.previous")).isNull();
		String next = JsonPath.read(json, "$.next");

		MvcTestResult second = get(next, this.owner);
		String page = body(second);
		assertThat(JsonPath.<List<String>>read(page, "$.results[*].type")).containsExactly("ORDER_PLACED", "WELCOME");
		assertThat(JsonPath.<Object>read(page, "$.next")).isNull();
		List<String> ids = new ArrayList<>(JsonPath.<List<String>>read(json, "$.results[*].id"));
		ids.addAll(JsonPath.read(page, "$.results[*].id"));
		assertThat(ids).doesNotHaveDuplicates().hasSize(6);

		MvcTestResult back = get(JsonPath.read(page, "$.previous"), this.owner);
		assertThat(JsonPath.<List<String>>read(body(back), "$.results[*].id")).isEqualTo(ids.subList(0, 4));
	}

	@Test
	void marksOneReadAndCountsAndFiltersByReadState() {
		String id = JsonPath.read(body(get(LIST + "?page_size=1", this.owner)), "$.results[0].id");
		assertThat(unread(this.owner)).isEqualTo(6);

		MvcTestResult read = post(LIST + "/" + id + "/read", this.owner);

		assertThat(read).hasStatusOk();
		assertThat(JsonPath.<Boolean>read(body(read), "$.is_read")).isTrue();
		String readAt = JsonPath.read(body(read), "$.read_at");
		assertThat(readAt).isNotBlank();
		MvcTestResult again = post(LIST + "/" + id + "/read", this.owner);
		assertThat(JsonPath.<String>read(body(again), "$.read_at")).as("keeps the first read_at").isEqualTo(readAt);
		assertThat(unread(this.owner)).isEqualTo(5);
		assertThat(JsonPath.<List<String>>read(body(get(LIST + "?is_read=true", this.owner)), "$.results[*].id"))
			.containsExactly(id);
		assertThat(JsonPath.<List<String>>read(body(get(LIST + "?is_read=false", this.owner)), "$.results[*].id"))
			.hasSize(5)
			.doesNotContain(id);
	}

	@Test
	void marksAllReadOnce() {
		MvcTestResult all = post(LIST + "/read-all", this.owner);

		assertThat(all).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(6);
		assertThat(unread(this.owner)).isZero();
		assertThat(post(LIST + "/read-all", this.owner)).bodyJson().extractingPath("$.updated").isEqualTo(0);
		assertThat(JsonPath.<List<String>>read(body(get(LIST + "?is_read=false", this.owner)), "$.results")).isEmpty();
	}

	@Test
	void anotherUsersNotificationIsNotFoundAndStaysUnread() {
		Session stranger = this.accounts.customer();
		String id = JsonPath.read(body(get(LIST + "?page_size=1", this.owner)), "$.results[0].id");

		assertProblem(post(LIST + "/" + id + "/read", stranger), HttpStatus.NOT_FOUND, "notification_not_found");
		assertProblem(post(LIST + "/" + UUID.randomUUID() + "/read", this.owner), HttpStatus.NOT_FOUND,
				"notification_not_found");
		assertThat(JsonPath.<List<String>>read(body(get(LIST, stranger)), "$.results[*].id")).doesNotContain(id);
		assertThat(post(LIST + "/read-all", stranger)).bodyJson().extractingPath("$.updated").isEqualTo(1);
		assertThat(unread(this.owner)).isEqualTo(6);
	}

	@Test
	void refusesHostileInputWithProblems() {
		assertProblem(post(LIST + "/not-a-uuid/read", this.owner), HttpStatus.BAD_REQUEST, "validation_failed");
		for (String query : List.of("is_read=maybe", "is_read=yes", "is_read=1", "is_read=", "page_size=-1",
				"page_size=0", "page_size=101", "page_size=100000", "page_size=abc",
				"page_size=99999999999999999999")) {
			assertThat(get(LIST + "?" + query, this.owner)).as(query)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("validation_failed");
		}
		MvcTestResult nul = this.mvc.get()
			.uri(LIST + "?is_read={value}", "tr\u0000ue")
			.header(HttpHeaders.AUTHORIZATION, this.owner.bearer())
			.exchange();
		assertThat(nul).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_value");
		assertProblem(get(LIST + "?cursor=garbage", this.owner), HttpStatus.BAD_REQUEST, "invalid_cursor");
		String unreadNext = JsonPath.read(body(get(LIST + "?is_read=false&page_size=1", this.owner)), "$.next");
		String cursor = unreadNext.substring(unreadNext.indexOf("cursor=") + "cursor=".length());
		assertProblem(get(LIST + "?is_read=true&cursor=" + cursor, this.owner), HttpStatus.BAD_REQUEST,
				"invalid_cursor");
		assertThat(this.mvc.get().uri(LIST).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri(LIST + "/read-all").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(unread(this.owner)).isEqualTo(6);
	}

	@Test
	void listsInAFixedNumberOfStatementsWhateverThePageSize() {
		QueryCounter.reset();
		assertThat(get(LIST + "?page_size=1", this.owner)).hasStatusOk();
		long one = QueryCounter.count();
		QueryCounter.reset();
		assertThat(get(LIST + "?page_size=100", this.owner)).hasStatusOk();
		long hundred = QueryCounter.count();
		QueryCounter.reset();
		assertThat(get(LIST + "/unread-count", this.owner)).hasStatusOk();
		long count = QueryCounter.count();

		assertThat(hundred).isEqualTo(one);
		// the session check of the access token, and the page or the count
		assertThat(one).isLessThanOrEqualTo(2);
		assertThat(count).isLessThanOrEqualTo(2);
	}

	@Test
	void switchesOrderMailsOffAndOnInTheProfile() {
		MvcTestResult patched = this.mvc.patch()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, this.owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"order_emails\": false}")
			.exchange();
		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.order_emails").isEqualTo(false);
		assertThat(get("/api/v1/profile", this.owner)).bodyJson().extractingPath("$.order_emails").isEqualTo(false);

		MvcTestResult replaced = this.mvc.put()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, this.owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"full_name\": \"Ada Lovelace\"}")
			.exchange();
		assertThat(replaced).as("a PUT without the field sets its default")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.order_emails")
			.isEqualTo(true);
		MvcTestResult wrongType = this.mvc.patch()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, this.owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"order_emails\": \"no\"}")
			.exchange();
		assertThat(wrongType).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get("/api/v1/profile", this.owner)).bodyJson().extractingPath("$.order_emails").isEqualTo(true);
	}

	@Test
	void hearsARealOrderAndTheLowStockItLeaves() {
		InventoryFixtures inventory = InventoryFixtures.of(this.mvc, this.context);
		OrderingFixtures ordering = OrderingFixtures.of(inventory, this.context);
		InventoryFixtures.Shop shop = inventory.shopkeeper();
		UUID lamp = inventory.stockedProduct(shop, 6);
		CurrentUser customer = ordering.customer();

		OrderView order = ordering.place(customer, lamp).order();

		await().atMost(DELIVERY).until(() -> recipients("order_id", order.id()).size() == 2);
		assertThat(recipients("order_id", order.id())).containsExactlyInAnyOrder(customer.id() + " ORDER_PLACED",
				shop.id() + " NEW_ORDER_FOR_SHOP");
		await().atMost(DELIVERY).until(() -> !recipients("product_id", lamp).isEmpty());
		assertThat(recipients("product_id", lamp)).containsExactly(shop.id() + " STOCK_LOW");
		CapturingMailPort mail = this.context.getBean(CapturingMailPort.class);
		await().atMost(DELIVERY)
			.until(() -> mail.sentTo(order.customerEmail())
				.stream()
				.anyMatch((message) -> message.subject().equals("Your Mercato order " + order.orderNumber())));
	}

	private List<String> recipients(String key, UUID id) {
		return this.jdbc.sql("select user_id || ' ' || type from notifications.notification where data ->> ? = ?")
			.params(key, id.toString())
			.query(String.class)
			.list();
	}

	private long count(Session session) {
		return this.jdbc.sql("select count(*) from notifications.notification where user_id = ?")
			.param(session.userId())
			.query(Long.class)
			.single();
	}

	private int unread(Session session) {
		MvcTestResult result = get(LIST + "/unread-count", session);
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.unread_count");
	}

	private MvcTestResult get(String uri, Session session) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult post(String uri, Session session) {
		return this.mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

}
