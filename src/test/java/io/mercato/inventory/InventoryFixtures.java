package io.mercato.inventory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.CategoryAdministration;
import io.mercato.catalog.CategoryDraft;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.ProductStatus;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches inventory states as the application does: verified shopkeepers through the API,
 * products through the catalog's service, stock through the inventory's.
 */
public class InventoryFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final CatalogFixtures catalog;

	private final ProductListings products;

	private final CategoryAdministration categories;

	private final StockKeeping stockKeeping;

	private final JdbcClient jdbc;

	private UUID categoryId;

	/** The fixtures over the beans of a test's application context. */
	public static InventoryFixtures of(MockMvcTester mvc, ApplicationContext context) {
		return of(CatalogFixtures.of(mvc, context), context);
	}

	/**
	 * The fixtures of a context without MockMvc: only the methods that reach states
	 * through the module APIs work.
	 */
	public static InventoryFixtures of(ApplicationContext context) {
		return of(CatalogFixtures.of(context), context);
	}

	/** The fixtures over the catalog's and the beans of a test's application context. */
	public static InventoryFixtures of(CatalogFixtures catalog, ApplicationContext context) {
		return new InventoryFixtures(catalog, context.getBean(ProductListings.class),
				context.getBean(CategoryAdministration.class), context.getBean(StockKeeping.class),
				context.getBean(JdbcClient.class));
	}

	public InventoryFixtures(CatalogFixtures catalog, ProductListings products, CategoryAdministration categories,
			StockKeeping stockKeeping, JdbcClient jdbc) {
		this.catalog = catalog;
		this.products = products;
		this.categories = categories;
		this.stockKeeping = stockKeeping;
		this.jdbc = jdbc;
	}

	/** A logged-in admin. */
	public Session admin() {
		return this.catalog.admin();
	}

	/**
	 * A shopkeeper an admin verified, reached through the module APIs without a login:
	 * for module tests, which make no HTTP calls.
	 */
	public Shop shopkeeper() {
		return new Shop(null, this.catalog.shop());
	}

	/** A shopkeeper an admin verified, logged in. */
	public Shop shop() {
		Session session = this.catalog.verifiedShopkeeper();
		return new Shop(session, new CurrentUser(session.userId(), Role.SHOPKEEPER, session.sessionId()));
	}

	/** A published product of the shop, never stocked. */
	public UUID product(Shop shop) {
		int number = SEQUENCE.incrementAndGet();
		String suffix = number + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.products.createProduct(shop.user(),
				new ProductDraft("Brass lamp " + suffix, "A lamp for the desk.", category(), null, Money.of("25.00"),
						null, null, "LAMP-" + suffix.toUpperCase(), ProductStatus.PUBLISHED, false, List.of(), null))
			.id();
	}

	/** A published product of the shop with units on hand. */
	public UUID stockedProduct(Shop shop, int quantity) {
		UUID productId = product(shop);
		this.stockKeeping.restock(shop.user(), productId, quantity, "first delivery");
		return productId;
	}

	/**
	 * Asserts the inventory's invariants over every product in one query each: the ledger
	 * sums to each stock row, and the active reservations sum to its reserved units.
	 */
	public void assertLedgerMatchesStock() {
		long ledgerMismatches = this.jdbc.sql("""
				select count(*) from inventory.stock s
				full join (select product_id, sum(delta_quantity) as quantity, sum(delta_reserved) as reserved
				           from inventory.stock_movement group by product_id) ledger using (product_id)
				where coalesce(s.quantity, 0) <> coalesce(ledger.quantity, 0)
				   or coalesce(s.reserved, 0) <> coalesce(ledger.reserved, 0)""").query(Long.class).single();
		long reservationMismatches = this.jdbc.sql("""
				select count(*) from inventory.stock s
				left join (select product_id, sum(quantity) as quantity from inventory.reservation
				           where state = 'ACTIVE' group by product_id) active using (product_id)
				where s.reserved <> coalesce(active.quantity, 0)""").query(Long.class).single();
		assertThat(ledgerMismatches).as("products whose ledger does not sum to their stock").isZero();
		assertThat(reservationMismatches).as("products whose active reservations do not sum to their reserved units")
			.isZero();
	}

	public long movementCount(UUID productId) {
		return this.jdbc.sql("select count(*) from inventory.stock_movement where product_id = ?")
			.param(productId)
			.query(Long.class)
			.single();
	}

	public boolean hasStockRow(UUID productId) {
		return this.jdbc.sql("select exists (select 1 from inventory.stock where product_id = ?)")
			.param(productId)
			.query(Boolean.class)
			.single();
	}

	/** Changes a product's units on hand by the delta, as its shopkeeper's count does. */
	public void adjust(Shop shop, UUID productId, int delta) {
		this.stockKeeping.adjust(shop.user(), productId, delta, "stock count");
	}

	/** The category this fixture's products are in. */
	public UUID category() {
		if (this.categoryId == null) {
			this.categoryId = this.categories
				.createCategory(new CategoryDraft("Lighting " + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID(),
						null, true))
				.id();
		}
		return this.categoryId;
	}

	/**
	 * A verified shopkeeper's login and identity.
	 *
	 * @param session the login, for HTTP calls; {@code null} for a {@link #shopkeeper()}
	 * of a module test
	 * @param user the caller, for service calls
	 */
	public record Shop(Session session, CurrentUser user) {

		public String bearer() {
			if (this.session == null) {
				throw new IllegalStateException("This shopkeeper never logged in; use shop() for HTTP calls");
			}
			return this.session.bearer();
		}

		public UUID id() {
			return this.user.id();
		}

	}

}
