package io.mercato.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's answers to other modules, in plain SQL: one query each, on the published
 * {@code catalog.product_offer} view that other modules' queries may read too.
 */
@Service
@Transactional(readOnly = true)
class CatalogQueries implements CatalogManagement {

	private static final String SNAPSHOT = """
			select id, shopkeeper_id, name, slug, sku, price, status, stock_status, shop_listed, image_url,
			       category_ids, weight_grams
			from catalog.product_offer where\s""";

	private final JdbcClient jdbc;

	private final ProductCache cache;

	private final AccountManagement accounts;

	CatalogQueries(JdbcClient jdbc, ProductCache cache, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.accounts = accounts;
	}

	@Override
	public Optional<ProductSnapshot> findProduct(UUID productId) {
		return this.jdbc.sql(SNAPSHOT + "id = ?").param(productId).query(CatalogQueries::snapshot).optional();
	}

	@Override
	public Optional<ProductSnapshot> findProductBySku(String sku) {
		return this.jdbc.sql(SNAPSHOT + "sku = ?").param(sku).query(CatalogQueries::snapshot).optional();
	}

	@Override
	public List<ProductSnapshot> findProducts(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SNAPSHOT + "id = any(?)")
			.param(productIds.toArray(UUID[]::new))
			.query(CatalogQueries::snapshot)
			.list();
	}

	@Override
	public List<ProductSnapshot> findProducts(Collection<UUID> productIds, Collection<String> skus) {
		if (skus.isEmpty()) {
			return findProducts(productIds);
		}
		return this.jdbc.sql(SNAPSHOT + "(id = any(?) or sku = any(?))")
			.params(productIds.toArray(UUID[]::new), skus.toArray(String[]::new))
			.query(CatalogQueries::snapshot)
			.list();
	}

	@Override
	public boolean maySell(UUID shopkeeperId) {
		return this.accounts.isVerifiedShopkeeper(shopkeeperId);
	}

	@Override
	@Transactional
	public void changeStockStatus(UUID productId, StockStatus stockStatus) {
		changeStockStatuses(Map.of(productId, stockStatus));
	}

	@Override
	@Transactional
	public void changeStockStatuses(Map<UUID, StockStatus> stockStatuses) {
		if (stockStatuses.isEmpty()) {
			return;
		}
		List<Map.Entry<UUID, StockStatus>> changes = List.copyOf(stockStatuses.entrySet());
		// the rows that change are locked in product-id order before any is written
		int changed = this.jdbc.sql("""
				with change as (
				    select id, stock_status from unnest(?::uuid[], ?::varchar[]) as change (id, stock_status)
				), locked as (
				    select p.id from catalog.product p join change using (id)
				    where p.stock_status <> change.stock_status
				    order by p.id
				    for update of p
				)
				update catalog.product p set stock_status = change.stock_status
				from change join locked using (id)
				where p.id = change.id and p.stock_status <> change.stock_status""")
			.params(changes.stream().map(Map.Entry::getKey).toArray(UUID[]::new),
					changes.stream().map((change) -> change.getValue().name()).toArray(String[]::new))
			.update();
		if (changed > 0) {
			this.cache.evictAll();
		}
	}

	/**
	 * Reads a row of {@code catalog.product_offer}; other modules that read the view map
	 * it the same way.
	 */
	private static ProductSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		return new ProductSnapshot(rs.getObject("id", UUID.class), rs.getObject("shopkeeper_id", UUID.class),
				rs.getString("name"), rs.getString("slug"), rs.getString("sku"), Money.of(rs.getBigDecimal("price")),
				ProductStatus.valueOf(rs.getString("status")), StockStatus.valueOf(rs.getString("stock_status")),
				rs.getBoolean("shop_listed"), rs.getString("image_url"), SqlValues.uuids(rs.getArray("category_ids")),
				rs.getObject("weight_grams", Integer.class));
	}

	@Override
	public Set<UUID> existingCategories(Collection<UUID> categoryIds) {
		if (categoryIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select id from catalog.category where id = any(?)")
			.param(categoryIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

}
