package io.mercato.sampledata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Generates a marketplace in a few set-based statements: an admin, verified shopkeepers,
 * customers with a default shipping address, a category tree, brands, products with
 * images and stock (and the stock ledger's restock rows), two shipping methods and tax
 * rates. Everything random comes from PostgreSQL's {@code setseed}, so the same size
 * gives the same marketplace.
 * <p>
 * Logins are {@code admin@<domain>}, {@code shop<n>@<domain>} and
 * {@code customer<n>@<domain>}, all with the one password whose hash the caller gives
 * (hashing a million times would take hours). Products' names and descriptions come from
 * word lists, so full-text search meets common words ({@link #COMMON_WORD} in about a
 * quarter of the names) and rare ones ({@link #RARE_WORD} in about one in ten thousand).
 * <p>
 * While a large catalog goes in, its secondary indexes are dropped and recreated from
 * their own definitions ({@code pg_get_indexdef}), so they end up exactly as the
 * migrations made them.
 */
public final class SampleData {

	/**
	 * In about a quarter of the names: a search for it ranks a large share of the
	 * catalog.
	 */
	public static final String COMMON_WORD = "classic";

	/** In about one name in ten thousand. */
	public static final String RARE_WORD = "zephyr";

	/** The slug of the first top category. */
	public static final String TOP_CATEGORY_SLUG = "electronics";

	/**
	 * The slug of a leaf category under the top one that holds about 20 products in a
	 * million: what a filter by a small category costs.
	 */
	public static final String SMALL_CATEGORY_SLUG = "electronics-collectibles";

	/** The slug of the brand with the most products. */
	public static final String POPULAR_BRAND_SLUG = "brand-001";

	/** Every SKU starts with this, followed by the product's number on seven digits. */
	public static final String SKU_PREFIX = "SKU-";

	/** Low-stock threshold of every generated stock row. */
	public static final int LOW_STOCK_THRESHOLD = 5;

	private static final String[] TOP_CATEGORIES = { "Electronics", "Home", "Kitchen", "Garden", "Toys", "Sports",
			"Fashion", "Beauty", "Books", "Music", "Automotive", "Office", "Pets", "Baby", "Health", "Tools",
			"Outdoors", "Games", "Jewelry", "Grocery" };

	private static final String[] SUB_CATEGORIES = { "Essentials", "Accessories", "Premium", "Basics", "Sets", "Parts",
			"Gifts", "Outlet", "New Arrivals", "Bestsellers" };

	private static final String[] BRANDS = { "Nordlicht", "Ferro & Co", "Lumen", "Atelier Sud", "Kestrel", "Oakhaven",
			"Polaris", "Viento", "Maison Blanche", "Tidewater", "Copperline", "Alder", "Brightfield", "Fjell",
			"Saltmarsh", "Highgate", "Orchard Lane", "Tessera", "Bluebird", "Granite Works" };

	// skewed towards the start of the list: the first appears in about 25 % of names
	private static final String[] ADJECTIVES = { COMMON_WORD, "premium", "modern", "compact", "vintage", "deluxe",
			"rustic", "sleek", "portable", "ergonomic", "wireless", "organic", "handmade", "lightweight", "sturdy",
			"waterproof", "elegant", "minimalist", "smart", "foldable", "cozy", "professional", "durable", "slim",
			"retro", "luxury", "essential", "ultra", "eco", "nordic" };

	private static final String[] MATERIALS = { "oak", "steel", "cotton", "leather", "bamboo", "ceramic", "glass",
			"wool", "linen", "copper", "walnut", "silicone", "aluminium", "marble", "canvas", "velvet" };

	private static final String[] NOUNS = { "lamp", "chair", "kettle", "backpack", "headphones", "blender", "desk",
			"sofa", "mug", "jacket", "sneakers", "watch", "speaker", "keyboard", "mouse", "monitor", "pillow",
			"blanket", "vase", "candle", "wallet", "belt", "scarf", "hat", "bottle", "tent", "bicycle", "helmet",
			"drill", "hammer", "saw", "pan", "pot", "knife", "plate", "bowl", "shelf", "rug", "mirror", "clock",
			"camera", "tripod", "charger", "cable", "router", "tablet", "notebook", "pen", "guitar", "drum", "ball",
			"racket", "mat", "stroller", "crib", "collar", "leash", "brush", "dryer", "toaster" };

	// each in about 0.01 % of names
	private static final String[] RARE_WORDS = { RARE_WORD, "aurora", "nebula", "quasar", "sequoia", "tundra",
			"monsoon", "obsidian", "saffron", "tamarind", "fjord", "lagoon", "meridian", "solstice", "equinox",
			"cobalt", "vermilion", "juniper", "sierra", "halcyon" };

	private static final String[] SENTENCES = { "Built to last for years of everyday use.",
			"Ships in recyclable packaging.", "Easy to clean and simple to store.",
			"Designed in Copenhagen and made with care.", "A favourite gift for birthdays and holidays.",
			"Comes with a two-year warranty.", "Tested by our team in real homes.",
			"Fits neatly into small apartments.", "Pairs well with the rest of the collection.",
			"Every piece is checked by hand before it leaves the workshop.", "Available while stocks last.",
			"Machine washable at thirty degrees.", "Assembly takes about ten minutes.",
			"The finish may vary slightly from the photographs.", "Loved by travellers and commuters alike.",
			"Made from responsibly sourced materials.", "Quiet, efficient and reliable.",
			"Suitable for indoor and outdoor use.", "Perfect for weekend projects.",
			"A timeless design that never goes out of style.", "Lightweight enough to carry anywhere.",
			"Includes spare parts and a carrying pouch.", "Dishwasher safe.", "Charges fully in two hours.",
			"Our bestseller for three years running.", "Handle with care: contents are fragile.",
			"Children under three should be supervised.", "Certified by independent laboratories.",
			"Energy efficient and easy on the budget.", "Returns are free within thirty days.",
			"The colour is inspired by northern landscapes.", "Works with most standard accessories.",
			"Keeps drinks hot for twelve hours.", "Stitched with reinforced seams.", "Adjustable to fit every size.",
			"Packed with thoughtful details.", "Made in small batches.", "Rated five stars by our customers.",
			"Delivered ready to use.", "A practical companion for daily life." };

	private static final String[] FIRST_NAMES = { "Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo",
			"Ines", "Jonas", "Kaja", "Luca", "Mila", "Noah", "Olga", "Paul", "Rosa", "Sami", "Tara", "Yusuf" };

	private static final String[] LAST_NAMES = { "Berger", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen",
			"Jansen", "Kowalski", "Lindqvist", "Martin", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Silva",
			"Weber", "Yilmaz", "Zimmermann" };

	private static final String[] SHOP_NAMES = { "Nordic Home Goods", "Atelier Verde", "The Tool Shed",
			"Little Lantern Toys", "Bergmann Electronics", "Copper Kettle Kitchen", "Trail & Summit Outdoors",
			"Papierwerk Office", "Pawsome Pets", "Grain & Grocer" };

	// country, city, postal code, street, tax rate: where customers live and what they
	// pay
	private static final String[][] PLACES = { { "DE", "Berlin", "10115", "Invalidenstraße", "19.000" },
			{ "FR", "Lyon", "69002", "Rue de la République", "20.000" },
			{ "NL", "Utrecht", "3511 LK", "Oudegracht", "21.000" }, { "AT", "Wien", "1010", "Graben", "20.000" },
			{ "IT", "Bologna", "40121", "Via dell'Indipendenza", "22.000" },
			{ "ES", "Valencia", "46002", "Carrer de Colón", "21.000" } };

	private final DataSource database;

	private final String passwordHash;

	private final String emailDomain;

	/**
	 * @param database the marketplace's database, migrated
	 * @param passwordHash every generated user's password, as the application's password
	 * encoder stores it
	 * @param emailDomain the domain of every generated login, such as
	 * {@code demo.mercato.test}
	 */
	public SampleData(DataSource database, String passwordHash, String emailDomain) {
		this.database = database;
		this.passwordHash = passwordHash;
		this.emailDomain = emailDomain;
	}

	/**
	 * Generates a marketplace of this size into a database whose marketplace is empty (no
	 * users, no products), in one transaction: all of it or nothing. Generators started
	 * at once on one database take turns, and only the first finds it empty.
	 * @param size how much to generate
	 * @param log where to report each step and how long it took
	 * @return whether it generated; {@code false} when the database held users or
	 * products, which it then leaves as they are
	 * @throws SQLException when a statement fails; nothing is written then
	 */
	public boolean generate(Size size, Log log) throws SQLException {
		boolean large = size.products() >= 10_000;
		try (Connection connection = this.database.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_advisory_xact_lock(hashtext('mercato.sampledata'))");
				if (!isEmpty(connection)) {
					connection.rollback();
					return false;
				}
				if (large) {
					// the generated rows are consistent by construction: skip the per-row
					// foreign key triggers (which needs a superuser, as a benchmark's
					// database has) and build the indexes with more memory
					statement.execute("set local session_replication_role = replica");
					statement.execute("set local maintenance_work_mem = '512MB'");
				}
				statement.execute("select setseed(0.42)");
				Map<String, String> indexes = large ? secondaryIndexes(connection) : Map.of();
				for (String index : indexes.keySet()) {
					statement.execute("drop index " + index);
				}
				step(log, "users, shops and addresses", () -> insertUsers(connection, size));
				step(log, "categories and brands", () -> insertCategoriesAndBrands(statement, size));
				step(log, "%,d products".formatted(size.products()), () -> insertProducts(connection, size));
				step(log, "images", () -> insertImages(statement));
				step(log, "stock and its ledger", () -> insertStock(connection, size));
				step(log, "shipping methods and tax rates", () -> insertShippingAndTax(statement));
				for (Map.Entry<String, String> index : indexes.entrySet()) {
					step(log, "index " + index.getKey(), () -> statement.execute(index.getValue()));
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
			if (large) {
				try (Statement statement = connection.createStatement()) {
					step(log, "vacuum analyze", () -> statement.execute("vacuum (analyze) catalog.product, "
							+ "catalog.product_image, inventory.stock, accounts.app_user, addresses.address"));
				}
			}
			return true;
		}
	}

	/** Whether the database holds no users and no products. */
	private static boolean isEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select not exists (select 1 from accounts.app_user) "
						+ "and not exists (select 1 from catalog.product)")) {
			rows.next();
			return rows.getBoolean(1);
		}
	}

	/**
	 * The admin's login.
	 * @return its email
	 */
	public String adminEmail() {
		return "admin@" + this.emailDomain;
	}

	/**
	 * The login of a generated shopkeeper.
	 * @param number from 1 to {@link Size#shopkeepers()}
	 * @return their email
	 */
	public String shopkeeperEmail(int number) {
		return "shop" + number + "@" + this.emailDomain;
	}

	/**
	 * The login of a generated customer.
	 * @param number from 1 to {@link Size#customers()}
	 * @return their email
	 */
	public String customerEmail(int number) {
		return "customer" + number + "@" + this.emailDomain;
	}

	private void insertUsers(Connection connection, Size size) throws SQLException {
		// ids are version 7 UUIDs taken from the row's creation time, as the application
		// makes them
		execute(connection,
				"""
						insert into accounts.app_user (id, email, password_hash, role, email_verified, is_active, version,
						                               created_at, updated_at)
						select %s, u.email, ?, u.role, true, true, 0, u.created_at, u.created_at
						from (select 0 as n, ? as email, 'ADMIN' as role, now() - interval '3 years' as created_at
						      union all
						      select n, 'shop' || n || '@' || ?, 'SHOPKEEPER', now() - interval '3 years' + n * interval '1 hour'
						      from generate_series(1, ?) n
						      union all
						      select n, 'customer' || n || '@' || ?, 'CUSTOMER',
						             now() - interval '2 years' + (n %% 10000) * interval '1 minute'
						      from generate_series(1, ?) n) u"""
					.formatted(uuidV7("u.created_at", "u.email")),
				this.passwordHash, adminEmail(), this.emailDomain, size.shopkeepers(), this.emailDomain,
				size.customers());
		execute(connection, """
				insert into accounts.shopkeeper_profile (user_id, full_name, shop_name, is_verified, verified_at,
				                                         verified_by, created_at, updated_at)
				select u.id, %s, coalesce((%s)[n], 'Shop ' || n), true, u.created_at + interval '1 day',
				       (select id from accounts.app_user where role = 'ADMIN' and email = ?),
				       u.created_at, u.created_at + interval '1 day'
				from accounts.app_user u
				cross join lateral (select substring(u.email from '^shop([0-9]+)@')::int as n) k
				where u.role = 'SHOPKEEPER'""".formatted(fullName("n"), array(SHOP_NAMES)), adminEmail());
		execute(connection, """
				insert into accounts.customer_profile (user_id, full_name, created_at, updated_at)
				select u.id, %s, u.created_at, u.created_at
				from accounts.app_user u
				cross join lateral (select substring(u.email from '^customer([0-9]+)@')::int as n) k
				where u.role = 'CUSTOMER'""".formatted(fullName("n + 7")));
		execute(connection,
				"""
						insert into addresses.address (id, owner_id, type, full_name, line1, city, postal_code, country, phone,
						                               is_default, version, created_at, updated_at)
						select %s, u.id, 'SHIPPING', p.full_name, (%s)[k.place] || ' ' || (1 + k.n %% 120), (%s)[k.place],
						       (%s)[k.place], (%s)[k.place], '+4930' || lpad((1000000 + k.n)::text, 8, '0'), true, 0,
						       u.created_at, u.created_at
						from accounts.app_user u
						join accounts.customer_profile p on p.user_id = u.id
						cross join lateral (select substring(u.email from '^customer([0-9]+)@')::int as n) c
						cross join lateral (select c.n, 1 + c.n %% %d as place) k"""
					.formatted(uuidV7("u.created_at", "u.id::text || 'address'"), place(3), place(1), place(2),
							place(0), PLACES.length));
	}

	private static void insertCategoriesAndBrands(Statement statement, Size size) throws SQLException {
		statement.execute("""
				insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
				select gen_random_uuid(), t.name, lower(t.name), null, true, 0, now() - interval '3 years',
				       now() - interval '3 years'
				from unnest(%s) as t(name)""".formatted(array(TOP_CATEGORIES)));
		statement.execute("""
				insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
				select gen_random_uuid(), top.name || ' ' || s.name,
				       top.slug || '-' || replace(lower(s.name), ' ', '-'), top.id, true, 0,
				       now() - interval '3 years', now() - interval '3 years'
				from catalog.category top cross join unnest(%s) as s(name)
				where top.parent_id is null""".formatted(array(SUB_CATEGORIES)));
		statement.execute("""
				insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
				select gen_random_uuid(), 'Electronics Collectibles', '%s', top.id, true, 0,
				       now() - interval '3 years', now() - interval '3 years'
				from catalog.category top
				where top.slug = '%s'""".formatted(SMALL_CATEGORY_SLUG, TOP_CATEGORY_SLUG));
		// a small catalog gets named brands; a large one numbered ones as well
		statement.execute("""
				insert into catalog.brand (id, name, slug, logo_url, version, created_at, updated_at)
				select gen_random_uuid(), coalesce((%s)[b], 'Brand ' || lpad(b::text, 3, '0')),
				       'brand-' || lpad(b::text, 3, '0'),
				       'https://images.mercato.test/brands/brand-' || lpad(b::text, 3, '0') || '.svg', 0,
				       now() - interval '3 years', now() - interval '3 years'
				from generate_series(1, %d) b""".formatted(array(BRANDS), size.brands()));
	}

	private static void insertProducts(Connection connection, Size size) throws SQLException {
		// prices lean towards the cheap end (1.00 to 2,000.00); created over two years;
		// shops own products in turn
		String sql = """
				insert into catalog.product (id, shopkeeper_id, name, slug, description, category_id, brand_id, price,
				                             compare_at_price, cost_price, sku, status, is_featured, stock_status,
				                             review_count, avg_rating, weight_grams, version, created_at, updated_at,
				                             deleted_at)
				select %s,
				       c.shops[1 + g.i %% cardinality(c.shops)],
				       initcap(w.adjectives[g.adjective]) || ' ' || initcap(w.materials[g.material]) || ' '
				           || initcap(w.nouns[g.noun]) || coalesce(' ' || initcap(w.rare_words[g.rare]), '') || ' '
				           || upper(substr(g.hash, 20, 2)) || (100 + mod(g.i, 900)),
				       w.adjectives[g.adjective] || '-' || w.materials[g.material] || '-' || w.nouns[g.noun] || '-' || g.i,
				       'A ' || w.adjectives[g.adjective] || ' ' || w.nouns[g.noun] || ' in ' || w.materials[g.material]
				           || '. ' || w.sentences[g.sentence1] || ' ' || w.sentences[g.sentence2] || ' '
				           || w.sentences[g.sentence3],
				       case when g.small_category then c.small_category else c.leaves[g.category] end,
				       c.brands[g.brand],
				       g.price,
				       case when g.discounted then round(g.price * 1.25, 2) end,
				       round(g.price * 0.6, 2),
				       ? || lpad(g.i::text, 7, '0'),
				       case when g.status < %f then 'PUBLISHED' when g.status < %f then 'DRAFT' else 'ARCHIVED' end,
				       g.featured,
				       case when g.stock < 0.70 then 'IN_STOCK' when g.stock < 0.80 then 'LOW_STOCK' else 'OUT_OF_STOCK' end,
				       g.reviews,
				       case when g.reviews > 0 then round((1 + 4 * random())::numeric, 2) end,
				       100 + floor(4900 * random())::int,
				       0,
				       g.created_at,
				       g.created_at,
				       case when g.deleted then g.created_at + (now() - g.created_at) / 2 end
				from (
				    select i,
				           md5(i::text) as hash,
				           now() - random() * interval '730 days' as created_at,
				           1 + floor(%d * power(random(), 2.5))::int as adjective,
				           1 + floor(%d * random())::int as material,
				           1 + floor(%d * power(random(), 1.5))::int as noun,
				           case when random() < %f then 1 + floor(%d * random())::int end as rare,
				           1 + floor(%d * random())::int as sentence1,
				           1 + floor(%d * random())::int as sentence2,
				           1 + floor(%d * random())::int as sentence3,
				           1 + floor(200 * random())::int as category,
				           random() < 0.00002 as small_category,
				           case when random() >= 0.1 then 1 + floor(%d * power(random(), 1.5))::int end as brand,
				           round((1 + 1999 * power(random(), 2))::numeric, 2) as price,
				           random() < 0.2 as discounted,
				           random() as status,
				           random() < 0.02 as featured,
				           random() as stock,
				           case when random() < 0.4 then 0 else 1 + floor(500 * random())::int end as reviews,
				           random() < %f as deleted
				    from generate_series(1, ?) as i
				) g
				cross join (select %s as adjectives, %s as materials, %s as nouns, %s as rare_words,
				                   %s as sentences) w
				cross join (select (select array_agg(id order by slug) from catalog.category
				                    where parent_id is not null and slug <> '%s') as leaves,
				                   (select id from catalog.category where slug = '%s') as small_category,
				                   (select array_agg(id order by slug) from catalog.brand) as brands,
				                   (select array_agg(id order by email) from accounts.app_user
				                    where role = 'SHOPKEEPER') as shops) c""";
		// a demo's few products are all on sale and none deleted; a large catalog has the
		// drafts, archived and deleted products of a real one
		boolean small = size.products() < 1_000;
		sql = String.format(Locale.ROOT, sql, uuidV7("g.created_at", "g.hash"), small ? 1.0 : 0.90, small ? 1.0 : 0.96,
				ADJECTIVES.length, MATERIALS.length, NOUNS.length, 0.0001 * RARE_WORDS.length, RARE_WORDS.length,
				SENTENCES.length, SENTENCES.length, SENTENCES.length, size.brands(), small ? 0.0 : 0.01,
				array(ADJECTIVES), array(MATERIALS), array(NOUNS), array(RARE_WORDS), array(SENTENCES),
				SMALL_CATEGORY_SLUG, SMALL_CATEGORY_SLUG);
		execute(connection, sql, SKU_PREFIX, size.products());
	}

	private static void insertImages(Statement statement) throws SQLException {
		statement.execute("""
				insert into catalog.product_image (id, product_id, position, url, alt_text, created_at, updated_at)
				select gen_random_uuid(), p.id, n.position,
				       'https://images.mercato.test/' || lower(p.sku) || '/' || n.position || '.jpg',
				       left(p.name, 200), p.created_at, p.created_at
				from catalog.product p
				cross join generate_series(0, 1) as n(position)
				where n.position = 0 or right(p.sku, 1) in ('0', '2', '4', '6', '8')""");
	}

	private static void insertStock(Connection connection, Size size) throws SQLException {
		// the units match the catalog's stock status: none when out of stock, up to the
		// threshold when low, and Size.units on average otherwise
		execute(connection, """
				insert into inventory.stock (product_id, shopkeeper_id, quantity, reserved, low_stock_threshold,
				                             last_restocked_at, created_at, updated_at)
				select p.id, p.shopkeeper_id,
				       case p.stock_status when 'OUT_OF_STOCK' then 0
				                           when 'LOW_STOCK' then 1 + floor(? * random())::int
				                           else ? + 1 + floor(2 * (? - ?) * random())::int end,
				       0, ?, case when p.stock_status <> 'OUT_OF_STOCK' then p.created_at end, p.created_at,
				       p.created_at
				from catalog.product p
				where p.deleted_at is null""", LOW_STOCK_THRESHOLD, LOW_STOCK_THRESHOLD, size.units(),
				LOW_STOCK_THRESHOLD, LOW_STOCK_THRESHOLD);
		execute(connection, """
				insert into inventory.stock_movement (id, product_id, delta_quantity, delta_reserved, reason, note,
				                                      created_at)
				select %s, s.product_id, s.quantity, 0, 'RESTOCK', 'initial stock', s.created_at
				from inventory.stock s
				where s.quantity > 0""".formatted(uuidV7("s.created_at", "s.product_id::text || 'restock'")));
	}

	private static void insertShippingAndTax(Statement statement) throws SQLException {
		// an application started once before without sample data has seeded its own
		// standard method into an otherwise empty marketplace: that one is kept as it is
		statement.execute("""
				with method as (
				    insert into shipping.shipping_method (id, code, name, carrier, is_active, estimated_days_min,
				                                          estimated_days_max, version, created_at, updated_at)
				    values (gen_random_uuid(), 'standard', 'Standard delivery', 'DHL', true, 2, 5, 0, now(), now()),
				           (gen_random_uuid(), 'express', 'Express delivery', 'UPS', true, 1, 1, 0, now(), now())
				    on conflict (code) do nothing
				    returning id, code)
				insert into shipping.rate_rule (id, method_id, position, countries, flat_amount, per_kg_amount,
				                                free_above, created_at, updated_at)
				select gen_random_uuid(), m.id, 0, null, r.flat, r.per_kg, r.free_above, now(), now()
				from method m
				join (values ('standard', 4.90, 0.00, 50.00), ('express', 14.90, 1.00, null)) as
				     r(code, flat, per_kg, free_above) on r.code = m.code""");
		statement.execute("""
				insert into ordering.tax_rate (id, country, name, rate, applies_to_shipping, version, created_at,
				                               updated_at)
				select gen_random_uuid(), t.country, 'VAT', t.rate::numeric, true, 0, now(), now()
				from unnest(%s, %s) as t(country, rate)
				on conflict do nothing""".formatted(place(0), place(4)));
	}

	/**
	 * A version 7 UUID from a timestamp and a text the rest of its bits are hashed from.
	 */
	private static String uuidV7(String timestamp, String text) {
		return ("(lpad(to_hex(floor(extract(epoch from %1$s) * 1000)::bigint), 12, '0') || '7' "
				+ "|| substr(md5(%2$s), 1, 3) || '8' || substr(md5(%2$s), 4, 15))::uuid")
			.formatted(timestamp, text);
	}

	private static String fullName(String number) {
		return "(%s)[1 + (%s) %% %d] || ' ' || (%s)[1 + ((%s) / %d) %% %d]".formatted(array(FIRST_NAMES), number,
				FIRST_NAMES.length, array(LAST_NAMES), number, FIRST_NAMES.length, LAST_NAMES.length);
	}

	/** One column of {@link #PLACES} as an SQL array. */
	private static String place(int column) {
		return array(Arrays.stream(PLACES).map((place) -> place[column]).toArray(String[]::new));
	}

	private static String array(String... words) {
		return Arrays.stream(words)
			.map((word) -> "'" + word.replace("'", "''") + "'")
			.collect(Collectors.joining(", ", "array[", "]"));
	}

	private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

	/**
	 * The catalog's product and image indexes that no constraint owns, by name, with the
	 * statement that creates each.
	 */
	private static Map<String, String> secondaryIndexes(Connection connection) throws SQLException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
				from pg_index i
				where i.indrelid in ('catalog.product'::regclass, 'catalog.product_image'::regclass)
				  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
				order by i.indexrelid""")) {
			while (rows.next()) {
				indexes.put(rows.getString("name"), rows.getString("definition"));
			}
		}
		return indexes;
	}

	private static void step(Log log, String name, SqlWork work) throws SQLException {
		long start = System.nanoTime();
		work.run();
		log.step(name, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * How much to generate.
	 *
	 * @param shopkeepers verified shops, owning the products in turn
	 * @param customers customers, each with a default shipping address
	 * @param products products; a catalog under 1,000 has every product published
	 * @param brands brands
	 * @param units average units in stock of a product that is in stock
	 */
	public record Size(int shopkeepers, int customers, int products, int brands, int units) {

		/** A small shop for a newcomer to look around in. */
		public static final Size DEMO = new Size(2, 3, 50, 8, 40);

		public Size {
			if (shopkeepers < 1 || customers < 0 || products < 0 || brands < 1 || units <= LOW_STOCK_THRESHOLD) {
				throw new IllegalArgumentException("Not a marketplace: " + shopkeepers + " shops, " + customers
						+ " customers, " + products + " products, " + brands + " brands, " + units + " units");
			}
		}

	}

	/**
	 * Where {@link #generate} reports its progress.
	 */
	@FunctionalInterface
	public interface Log {

		void step(String name, double seconds);

	}

	@FunctionalInterface
	private interface SqlWork {

		void run() throws SQLException;

	}

}
