package io.mercato.catalog.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.mercato.catalog.CatalogView;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductOrdering;
import io.mercato.catalog.ProductQuery;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.Cursor;
import io.mercato.shared.web.InvalidCursorException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.KeysetPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product list in plain SQL: one query whatever the filters and page size,
 * keyset-paginated on the ordering key and the id, so page 1,000 costs what page 1 does.
 */
@Component
class ProductListQuery {

	/**
	 * The page's product rows are chosen, ordered and limited first; only those are
	 * joined to their category, brand and first image, so that a sort over many matches
	 * (a common search word) sorts narrow rows and joins a page's worth.
	 */
	private static final String PRODUCT_COLUMNS = """
			select p.id, p.name, p.slug, p.price, p.compare_at_price, p.stock_status, p.review_count, p.avg_rating,
			       p.status, p.created_at, p.category_id, p.brand_id""";

	private static final String SUMMARY = """
			select p.*, c.name as category_name, b.name as brand_name,
			       img.url as image_url, img.alt_text as image_alt_text
			from page p
			join catalog.category c on c.id = p.category_id
			left join catalog.brand b on b.id = p.brand_id
			left join lateral (select i.url, i.alt_text from catalog.product_image i
			                   where i.product_id = p.id order by i.position limit 1) img on true
			""";

	private final JdbcClient jdbc;

	/**
	 * What the public may see, exactly as the predicate of the public list's partial
	 * indexes states it (product_public_*_idx), so that the planner uses them.
	 */
	private static final String PUBLIC_SCOPE = "p.status = 'PUBLISHED' and p.shop_listed";

	ProductListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads one page of the products the visibility lets the caller see.
	 */
	KeysetPage<CatalogView.ProductSummary> list(ProductQuery query, Filters filters, ProductVisibility visibility) {
		ProductOrdering ordering = (query.ordering() != null) ? query.ordering()
				: (query.search() != null) ? ProductOrdering.RELEVANCE : ProductOrdering.NEWEST;
		// a cursor holds the key of its ordering, so another ordering refuses it
		String list = "products:" + ordering.parameter();
		KeysetPage.Position position = KeysetPage.position(list, query.cursor());
		boolean backwards = position != null && position.backwards();
		boolean search = query.search() != null;
		String rank = search ? "ts_rank(p.search_vector, q.query)" : "0::real";
		Key key = Key.of(ordering, rank);
		boolean ascending = key.ascending() != backwards;
		String direction = ascending ? "asc" : "desc";
		String order = "order by %s " + direction + ", p.id " + direction;

		List<Object> conditionParameters = new ArrayList<>();
		StringBuilder conditions = new StringBuilder("p.deleted_at is null and ");
		scope(conditions, conditionParameters, visibility);
		condition(conditions, conditionParameters, "p.status = ?",
				(query.status() != null) ? query.status().name() : null);
		condition(conditions, conditionParameters, "p.brand_id = ?", query.brand());
		condition(conditions, conditionParameters, "p.shopkeeper_id = ?", query.shopkeeper());
		condition(conditions, conditionParameters, "p.is_featured = ?", query.featured());
		condition(conditions, conditionParameters, "p.price >= ?",
				(query.minPrice() != null) ? query.minPrice().amount() : null);
		condition(conditions, conditionParameters, "p.price <= ?",
				(query.maxPrice() != null) ? query.maxPrice().amount() : null);
		if (query.inStock() != null) {
			conditions.append(query.inStock() ? "and p.stock_status <> 'OUT_OF_STOCK'\n"
					: "and p.stock_status = 'OUT_OF_STOCK'\n");
		}
		if (search) {
			// words through the full-text index, SKU prefixes through the b-tree on
			// lower(sku), fragments of names through the trigram index
			conditions.append("and (p.search_vector @@ q.query or lower(p.sku) like ? or lower(p.name) like ?)\n");
			String fragment = query.search()
				.trim()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_");
			conditionParameters.add(fragment + "%");
			conditionParameters.add("%" + fragment + "%");
		}
		if (position != null) {
			conditions
				.append("and (%s, p.id) %s (%s, ?)\n".formatted(key.column(), ascending ? ">" : "<", key.parameter()));
			conditionParameters.add(Keys.value(ordering, position.keys()));
			conditionParameters.add(position.keys().uuid(Keys.ID));
		}
		int limit = query.pageSize() + 1;

		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("with ");
		if (search) {
			sql.append(
					"q as (select websearch_to_tsquery('simple', ?) || websearch_to_tsquery('english', ?) as query),\n");
			parameters.add(query.search());
			parameters.add(query.search());
		}
		String products = PRODUCT_COLUMNS + ", " + rank + " as relevance\nfrom catalog.product p\n"
				+ (search ? "cross join q\n" : "");
		UUID[] categoryIds = (filters.categoryIds() != null) ? filters.categoryIds().toArray(UUID[]::new) : null;
		if (categoryIds != null && !search && key.hasCategoryIndex()) {
			// the first rows of each category in the subtree through the category's
			// index,
			// merged: a page reads at most a page per category, however small the
			// category
			// is and however deep the page
			sql.append("page as (select p.* from unnest(?::uuid[]) as subtree(category_id)\n")
				.append("cross join lateral (")
				.append(products)
				.append("where p.category_id = subtree.category_id and ")
				.append(conditions)
				.append(order.formatted(key.column()))
				.append(" limit ?) p\n")
				.append(order.formatted(key.pageColumn()))
				.append(" limit ?)\n");
			parameters.add(categoryIds);
			parameters.addAll(conditionParameters);
			parameters.add(limit);
		}
		else {
			sql.append("page as (").append(products).append("where ");
			if (categoryIds != null) {
				// the ids themselves, not a subquery, so the planner sees how many
				// products
				// they hold
				sql.append("p.category_id = any(?) and ");
				parameters.add(categoryIds);
			}
			sql.append(conditions).append(order.formatted(key.column())).append(" limit ?)\n");
			parameters.addAll(conditionParameters);
		}
		parameters.add(limit);
		sql.append(SUMMARY).append(order.formatted(key.pageColumn()));

		List<Row> rows = this.jdbc.sql(sql.toString()).params(parameters).query(ProductListQuery::row).list();
		return KeysetPage.of(list, rows, query.pageSize(), position, (row) -> Keys.of(ordering, row)).map(Row::summary);
	}

	/**
	 * Resolves the category filter to the category and its descendants, and checks the
	 * brand, in one query when either is given: an unknown one is a mistake to report,
	 * not an empty list.
	 */
	Filters resolveFilters(UUID category, UUID brand) {
		if (category == null && brand == null) {
			return new Filters(null, List.of());
		}
		return this.jdbc.sql("""
				select (with recursive tree as (
				            select id from catalog.category where id = ?
				            union all
				            select child.id from catalog.category child join tree on child.parent_id = tree.id)
				        select array_agg(id) from tree) as category_ids,
				       (?::uuid is null or exists (select 1 from catalog.brand where id = ?)) as brand_known""")
			.params(category, brand, brand)
			.query((rs, row) -> {
				List<InvalidField> unknown = new ArrayList<>();
				Array ids = rs.getArray("category_ids");
				List<UUID> categoryIds = (ids != null) ? List.of((UUID[]) ids.getArray()) : null;
				if (category != null && categoryIds == null) {
					unknown.add(new InvalidField("category", "is not an existing category"));
				}
				if (!rs.getBoolean("brand_known")) {
					unknown.add(new InvalidField("brand", "is not an existing brand"));
				}
				return new Filters(categoryIds, unknown);
			})
			.single();
	}

	private static void scope(StringBuilder sql, List<Object> parameters, ProductVisibility visibility) {
		switch (visibility.audience()) {
			case PUBLIC -> sql.append(PUBLIC_SCOPE);
			case OWNER -> {
				// through product_shopkeeper_idx
				sql.append("p.shopkeeper_id = ?");
				parameters.add(visibility.shopkeeperId());
			}
			// through product_status_idx when a status is asked for
			case ADMIN -> sql.append("true");
		}
		sql.append('\n');
	}

	private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
		if (value != null) {
			sql.append("and ").append(condition).append('\n');
			parameters.add(value);
		}
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		String imageUrl = rs.getString("image_url");
		BigDecimal compareAt = rs.getBigDecimal("compare_at_price");
		StockStatus stockStatus = StockStatus.valueOf(rs.getString("stock_status"));
		CatalogView.ProductSummary summary = new CatalogView.ProductSummary(rs.getObject("id", UUID.class),
				rs.getString("name"), rs.getString("slug"), Money.of(rs.getBigDecimal("price")),
				(compareAt != null) ? Money.of(compareAt) : null,
				(imageUrl != null) ? new ProductDraft.Image(imageUrl, rs.getString("image_alt_text")) : null,
				rs.getString("category_name"), rs.getString("brand_name"), stockStatus != StockStatus.OUT_OF_STOCK,
				stockStatus, rs.getInt("review_count"), rs.getBigDecimal("avg_rating"),
				ProductStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
		return new Row(summary, rs.getFloat("relevance"));
	}

	/**
	 * The list's filters as the database resolved them.
	 *
	 * @param categoryIds the category filter and its descendants, {@code null} without
	 * one
	 * @param unknown the filters that name nothing
	 */
	record Filters(List<UUID> categoryIds, List<InvalidField> unknown) {

	}

	record Row(CatalogView.ProductSummary summary, float relevance) {

	}

	/**
	 * The ordering column of each ordering, and how a cursor's value is bound against it.
	 */
	private record Key(String column, String parameter, boolean ascending) {

		static Key of(ProductOrdering ordering, String rank) {
			return switch (ordering) {
				case NEWEST -> new Key("p.created_at", "?", false);
				case OLDEST -> new Key("p.created_at", "?", true);
				case PRICE_ASCENDING -> new Key("p.price", "?", true);
				case PRICE_DESCENDING -> new Key("p.price", "?", false);
				case NAME_ASCENDING -> new Key("p.name", "?", true);
				case NAME_DESCENDING -> new Key("p.name", "?", false);
				case RELEVANCE -> new Key(rank, "?::real", false);
			};
		}

		/**
		 * The key as a column of the chosen page's rows.
		 */
		String pageColumn() {
			return this.column.startsWith("p.") ? this.column : "p.relevance";
		}

		/**
		 * Whether an index on the category and this key serves a category's rows in order
		 * (product_public_category_idx, product_public_category_price_idx).
		 */
		boolean hasCategoryIndex() {
			return this.column.equals("p.created_at") || this.column.equals("p.price");
		}

	}

	/**
	 * The keys a cursor holds: the boundary row's ordering value and its id.
	 */
	private static final class Keys {

		static final String ID = "id";

		private static final String KEY = "k";

		private Keys() {
		}

		static Map<String, String> of(ProductOrdering ordering, Row row) {
			CatalogView.ProductSummary product = row.summary();
			String key = switch (ordering) {
				case NEWEST, OLDEST -> product.createdAt().toString();
				case PRICE_ASCENDING, PRICE_DESCENDING -> product.price().toString();
				case NAME_ASCENDING, NAME_DESCENDING -> product.name();
				case RELEVANCE -> Float.toString(row.relevance());
			};
			return Map.of(KEY, key, ID, product.id().toString());
		}

		/**
		 * The ordering value as the SQL parameter; a value of the wrong kind is an
		 * invalid cursor.
		 */
		static Object value(ProductOrdering ordering, Cursor cursor) {
			try {
				return switch (ordering) {
					case NEWEST, OLDEST -> Timestamp.from(cursor.instant(KEY));
					case PRICE_ASCENDING, PRICE_DESCENDING -> cursor.decimal(KEY);
					case NAME_ASCENDING, NAME_DESCENDING -> cursor.string(KEY);
					case RELEVANCE -> finite(Float.parseFloat(cursor.string(KEY)));
				};
			}
			catch (NumberFormatException ex) {
				throw new InvalidCursorException();
			}
		}

		private static float finite(float value) {
			if (!Float.isFinite(value)) {
				throw new InvalidCursorException();
			}
			return value;
		}

	}

}
