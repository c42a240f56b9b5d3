package io.mercato.sampledata.internal;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import io.mercato.sampledata.SampleData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo switch on a database of its own, empty when the application starts: the demo
 * shop is written at start-up, its people log in with the demo password, its orders are
 * in the states the demo promises and as consistent as real use leaves them, and a second
 * load finds the database in use and writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "mercato.test.database=demo", "mercato.demo-data.enabled=true" })
class DemoDataIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Autowired
	DataSource database;

	@Test
	void letsTheAdminAShopkeeperAndACustomerLogInWithTheDemoPassword() {
		SampleData logins = new SampleData(this.database, "", DemoData.EMAIL_DOMAIN);
		for (String email : List.of(logins.adminEmail(), logins.shopkeeperEmail(2), logins.customerEmail(3))) {
			MvcTestResult login = this.mvc.post()
				.uri("/api/v1/auth/login")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, DemoData.PASSWORD))
				.exchange();
			assertThat(login).as(email).hasStatusOk();
			assertThat(JsonPath.<String>read(body(login), "$.access")).as(email).isNotBlank();
		}
	}

	@Test
	void listsTheDemoProductsToAnyone() {
		MvcTestResult products = this.mvc.get().uri("/api/v1/products?page_size=100").exchange();
		assertThat(products).hasStatusOk();
		List<String> ids = JsonPath.read(body(products), "$.results[*].id");
		assertThat(ids).hasSize(SampleData.Size.DEMO.products());
	}

	@Test
	void placesOneOrderInEachStateThroughTheModules() {
		List<String> states = this.jdbc
			.sql("select status || '/' || payment_status from ordering.customer_order order by status")
			.query(String.class)
			.list();
		assertThat(states).containsExactly("CANCELLED/UNPAID", "COMPLETED/PAID", "CONFIRMED/PAID", "PENDING/UNPAID",
				"SHIPPED/PAID");
		assertThat(this.jdbc.sql("""
				select string_agg(h.to_status, ' ' order by h.created_at, h.id)
				from ordering.order_status_change h join ordering.customer_order o on o.id = h.order_id
				where o.status = 'COMPLETED'""").query(String.class).single())
			.isEqualTo("PENDING PROCESSING CONFIRMED SHIPPED DELIVERED COMPLETED");
		// each order's reservation is where its status puts it, as the inventory keeps it
		assertThat(this.jdbc.sql("""
				select o.status || ' ' || string_agg(distinct r.state, ',')
				from ordering.customer_order o join inventory.reservation r on r.reference = o.id::text
				group by o.id, o.status order by o.status""").query(String.class).list()).containsExactly(
				"CANCELLED RELEASED", "COMPLETED COMMITTED", "CONFIRMED COMMITTED", "PENDING ACTIVE",
				"SHIPPED COMMITTED");
		// the paid orders were paid through the payments module, by bank transfer
		assertThat(this.jdbc.sql("""
				select o.status || ' ' || p.method || ' ' || p.status
				from ordering.customer_order o join payments.payment p on p.order_id = o.id
				where p.amount = o.total order by o.status""").query(String.class).list()).containsExactly(
				"COMPLETED BANK_TRANSFER COMPLETED", "CONFIRMED BANK_TRANSFER COMPLETED",
				"SHIPPED BANK_TRANSFER COMPLETED");
		Map<String, Object> promotion = this.jdbc.sql("""
				select p.usage_count, p.type, p.value, o.status, o.discount_total
				from promotions.promotion p join ordering.customer_order o on o.promotion_id = p.id
				where p.code = ? and p.is_active and p.ends_at > now() + interval '300 days'""")
			.param(DemoShop.PROMOTION_CODE)
			.query()
			.singleRow();
		assertThat(promotion).containsEntry("usage_count", 1)
			.containsEntry("type", "PERCENTAGE")
			.containsEntry("status", "CONFIRMED");
		assertThat(promotion.get("discount_total").toString()).isNotEqualTo("0.00");
	}

	@Test
	void keepsEveryStockRowInStepWithItsLedgerAndTheCatalog() {
		assertThat(this.jdbc.sql("select count(*) from inventory.stock").query(Long.class).single())
			.isEqualTo(SampleData.Size.DEMO.products());
		assertThat(this.jdbc.sql("""
				select count(*) from inventory.stock s
				full join (select product_id, sum(delta_quantity) as quantity, sum(delta_reserved) as reserved
				           from inventory.stock_movement group by product_id) ledger using (product_id)
				where coalesce(s.quantity, 0) <> coalesce(ledger.quantity, 0)
				   or coalesce(s.reserved, 0) <> coalesce(ledger.reserved, 0)""").query(Long.class).single())
			.as("stock rows whose ledger does not add up to them")
			.isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from inventory.stock s join catalog.product p on p.id = s.product_id
				where p.stock_status <> case when s.quantity - s.reserved = 0 then 'OUT_OF_STOCK'
				                             when s.quantity - s.reserved <= s.low_stock_threshold then 'LOW_STOCK'
				                             else 'IN_STOCK' end""").query(Long.class).single())
			.as("products whose catalog stock status disagrees with their stock")
			.isZero();
		// the orders moved the stock: sales committed, the pending order's units reserved
		assertThat(
				this.jdbc.sql("select string_agg(distinct reason, ' ' order by reason) from inventory.stock_movement")
					.query(String.class)
					.single())
			.isEqualTo("COMMIT RELEASE RESERVE RESTOCK");
		assertThat(this.jdbc.sql("select sum(reserved) from inventory.stock").query(Long.class).single()).isEqualTo(2L);
	}

	@Test
	void leavesADatabaseInUseAlone() throws Exception {
		String before = fingerprint();
		assertThat(this.demoData.load()).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** What a second load would change if it wrote anything. */
	private String fingerprint() {
		return this.jdbc.sql("""
				select concat_ws(' ', (select count(*) from accounts.app_user),
				                      (select count(*) from addresses.address),
				                      (select count(*) from catalog.product),
				                      (select count(*) from catalog.category),
				                      (select count(*) from inventory.stock_movement),
				                      (select sum(quantity) || '/' || sum(reserved) from inventory.stock),
				                      (select count(*) from promotions.promotion),
				                      (select count(*) from shipping.shipping_method),
				                      (select count(*) from ordering.tax_rate),
				                      (select count(*) from ordering.customer_order),
				                      (select count(*) from ordering.order_status_change),
				                      (select count(*) from payments.payment))""").query(String.class).single();
	}

}
