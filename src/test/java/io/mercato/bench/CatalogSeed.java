package io.mercato.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Fills the catalog with generated products in a few set-based statements: a category
 * tree, brands, products whose names and descriptions come from word lists (so that
 * full-text search meets common and rare words), and their images.
 * <p>
 * Seeding replaces whatever the catalog held, and only happens when the number of
 * products differs from the one asked for, so a second run on the same data directory
 * starts measuring at once. The catalog's secondary indexes are dropped while the rows go
 * in and recreated afterwards from their own definitions ({@code pg_get_indexdef}), so
 * they end up exactly as the migration made them.
 */
final class CatalogSeed {

	/**
	 * In about a quarter of the names: a search for it ranks a large share of the
	 * catalog.
	 */
	static final String COMMON_WORD = "classic";

	/** In about one name in ten thousand. */
	static final String RARE_WORD = "zephyr";

	/** The slug of the first top category, the one the benchmark filters by. */
	static final String TOP_CATEGORY_SLUG = "electronics";

	/**
	 * The slug of a leaf category under the top one that holds about 20 products in a
	 * million: what a filter by a small category costs.
	 */
	static final String SMALL_CATEGORY_SLUG = "electronics-collectibles";

	/** The slug of the brand with the most products. */
	static final String POPULAR_BRAND_SLUG = "brand-001";

	/** Every SKU starts with this, followed by the product's number on seven digits. */
	static final String SKU_PREFIX = "BENCH-";

	private static final String[] TOP_CATEGORIES = { "Electronics", "Home", "Kitchen", "Garden", "Toys", "Sports",
			"Fashion", "Beauty", "Books", "Music", "Automotive", "Office", "Pets", "Baby", "Health", "Tools",
			"Outdoors", "Games", "Jewelry", "Grocery" };

	private static final String[] SUB_CATEGORIES = { "Essentials", "Accessories", "Premium", "Basics", "Sets", "Parts",
			"Gifts", "Outlet", "New Arrivals", "Bestsellers" };

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

	private final DataSource database;

	CatalogSeed(DataSource database) {
		this.database = database;
	}

	/**
	 * Seeds unless the catalog already holds exactly {@code products} products.
	 * @param products how many products to have
	 * @throws SQLException when a statement fails; nothing is changed then
	 */
	void ensure(int products) throws SQLException {
		try (Connection connection = this.database.getConnection()) {
			long existing = count(connection, "select count(*) from catalog.product");
			if (existing == products) {
				System.out.printf("Catalog already holds %,d products: not seeding.%n", existing);
				return;
			}
			System.out.printf("Seeding %,d products (the catalog held %,d)...%n", products, existing);
			long start = System.nanoTime();
			seed(connection, products);
			step("vacuum analyze", System.nanoTime(), () -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("vacuum (analyze) catalog.category, catalog.brand, catalog.product, "
							+ "catalog.product_image");
				}
			});
			System.out.printf("Seeded %,d products, %,d images in %.1f s%n",
					count(connection, "select count(*) from catalog.product"),
					count(connection, "select count(*) from catalog.product_image"), seconds(start));
		}
	}

	private static void seed(Connection connection, int products) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// the generated rows are consistent by construction: skip the per-row foreign
			// key triggers
			statement.execute("set local session_replication_role = replica");
			statement.execute("set local maintenance_work_mem = '1GB'");
			statement.execute("select setseed(0.42)");
			Map<String, String> indexes = secondaryIndexes(connection);
			long start = System.nanoTime();
			statement.execute(
					"truncate catalog.product_image, catalog.product, catalog.brand, catalog.category restart identity");
			for (String index : indexes.keySet()) {
				statement.execute("drop index " + index);
			}
			step("truncate, drop %d indexes".formatted(indexes.size()), start, () -> {
			});
			step("categories and brands", System.nanoTime(), () -> {
				insertCategories(statement);
				statement.execute("""
						insert into catalog.brand (id, name, slug, logo_url, version, created_at, updated_at)
						select gen_random_uuid(), 'Brand ' || lpad(b::text, 3, '0'), 'brand-' || lpad(b::text, 3, '0'),
						       null, 0, now() - interval '3 years', now() - interval '3 years'
						from generate_series(1, 500) b""");
			});
			step("products", System.nanoTime(), () -> insertProducts(connection, products));
			step("images", System.nanoTime(), () -> statement.execute("""
					insert into catalog.product_image (id, product_id, position, url, alt_text, created_at, updated_at)
					select gen_random_uuid(), p.id, n.position,
					       'https://images.mercato.test/' || lower(p.sku) || '/' || n.position || '.jpg',
					       left(p.name, 200), p.created_at, p.created_at
					from catalog.product p
					cross join generate_series(0, 1) as n(position)
					where n.position = 0 or right(p.sku, 1) in ('0', '2', '4', '6', '8')"""));
			for (Map.Entry<String, String> index : indexes.entrySet()) {
				step("index " + index.getKey(), System.nanoTime(), () -> statement.execute(index.getValue()));
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
	}

	private static void insertCategories(Statement statement) throws SQLException {
		statement.execute("""
				insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
				select gen_random_uuid(), t.name, lower(t.name), null, true, 0, now() - interval '3 years',
				       now() - interval '3 years'
				from unnest(%s) as t(name)""".formatted(array(TOP_CATEGORIES)));
		statement.execute(
				"""
						insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
						select gen_random_uuid(), top.name || ' ' || s.name, top.slug || '-' || replace(lower(s.name), ' ', '-'),
						       top.id, true, 0, now() - interval '3 years', now() - interval '3 years'
						from catalog.category top cross join unnest(%s) as s(name)
						where top.parent_id is null"""
					.formatted(array(SUB_CATEGORIES)));
		statement.execute("""
				insert into catalog.category (id, name, slug, parent_id, is_active, version, created_at, updated_at)
				select gen_random_uuid(), 'Electronics Collectibles', '%s', top.id, true, 0,
				       now() - interval '3 years', now() - interval '3 years'
				from catalog.category top
				where top.slug = '%s'""".formatted(SMALL_CATEGORY_SLUG, TOP_CATEGORY_SLUG));
	}

	private static void insertProducts(Connection connection, int products) throws SQLException {
		// prices lean towards the cheap end (1.00 to 2,000.00); created over two years,
		// with a time-ordered (version 7) id taken from that time, as the application
		// makes them
		String sql = """
				insert into catalog.product (id, shopkeeper_id, name, slug, description, category_id, brand_id, price,
				                             compare_at_price, cost_price, sku, status, is_featured, stock_status,
				                             review_count, avg_rating, version, created_at, updated_at, deleted_at)
				select (lpad(to_hex(floor(extract(epoch from g.created_at) * 1000)::bigint), 12, '0') || '7'
				        || substr(g.hash, 1, 3) || '8' || substr(g.hash, 4, 15))::uuid,
				       ?,
				       initcap(w.adjectives[g.adjective]) || ' ' || initcap(w.materials[g.material]) || ' '
				           || initcap(w.nouns[g.noun]) || coalesce(' ' || initcap(w.rare_words[g.rare]), '') || ' '
				           || upper(substr(g.hash, 20, 2)) || (100 + mod(g.i, 900)),
				       'bench-' || w.adjectives[g.adjective] || '-' || w.materials[g.material] || '-'
				           || w.nouns[g.noun] || '-' || g.i,
				       'A ' || w.adjectives[g.adjective] || ' ' || w.nouns[g.noun] || ' in ' || w.materials[g.material]
				           || '. ' || w.sentences[g.sentence1] || ' ' || w.sentences[g.sentence2] || ' '
				           || w.sentences[g.sentence3],
				       case when g.small_category then c.small_category else c.leaves[g.category] end,
				       c.brands[g.brand],
				       g.price,
				       case when g.discounted then round(g.price * 1.25, 2) end,
				       round(g.price * 0.6, 2),
				       ? || lpad(g.i::text, 7, '0'),
				       case when g.status < 0.90 then 'PUBLISHED' when g.status < 0.96 then 'DRAFT' else 'ARCHIVED' end,
				       g.featured,
				       case when g.stock < 0.70 then 'IN_STOCK' when g.stock < 0.80 then 'LOW_STOCK' else 'OUT_OF_STOCK' end,
				       g.reviews,
				       case when g.reviews > 0 then round((1 + 4 * random())::numeric, 2) end,
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
				           case when random() >= 0.1 then 1 + floor(500 * power(random(), 1.5))::int end as brand,
				           round((1 + 1999 * power(random(), 2))::numeric, 2) as price,
				           random() < 0.2 as discounted,
				           random() as status,
				           random() < 0.02 as featured,
				           random() as stock,
				           case when random() < 0.4 then 0 else 1 + floor(500 * random())::int end as reviews,
				           random() < 0.01 as deleted
				    from generate_series(1, ?) as i
				) g
				cross join (select %s as adjectives, %s as materials, %s as nouns, %s as rare_words,
				                   %s as sentences) w
				cross join (select (select array_agg(id order by slug) from catalog.category
				                    where parent_id is not null and slug <> '%s') as leaves,
				                   (select id from catalog.category where slug = '%s') as small_category,
				                   (select array_agg(id order by slug) from catalog.brand) as brands) c""";
		sql = String.format(Locale.ROOT, sql, ADJECTIVES.length, MATERIALS.length, NOUNS.length,
				0.0001 * RARE_WORDS.length, RARE_WORDS.length, SENTENCES.length, SENTENCES.length, SENTENCES.length,
				array(ADJECTIVES), array(MATERIALS), array(NOUNS), array(RARE_WORDS), array(SENTENCES),
				SMALL_CATEGORY_SLUG, SMALL_CATEGORY_SLUG);
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, SKU_PREFIX);
			insert.setInt(3, products);
			insert.executeUpdate();
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

	private static String array(String... words) {
		return Arrays.stream(words)
			.map((word) -> "'" + word.replace("'", "''") + "'")
			.collect(Collectors.joining(", ", "array[", "]"));
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void step(String name, long start, SqlWork work) throws SQLException {
		work.run();
		System.out.printf("  %-45s %7.1f s%n", name, seconds(start));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	@FunctionalInterface
	private interface SqlWork {

		void run() throws SQLException;

	}

}
