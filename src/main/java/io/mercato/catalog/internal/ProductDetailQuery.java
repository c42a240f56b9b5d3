package io.mercato.catalog.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mercato.catalog.CatalogView;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.domain.Money;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A product in full, in plain SQL: the product with its brand and category path in one
 * query, its pictures in a second.
 */
@Component
class ProductDetailQuery {

	/**
	 * One row per category on the product's path, top first, each repeating the product's
	 * columns: a path is a handful of rows, and a separate query would cost a round trip
	 * on every uncached detail.
	 */
	private static final String DETAIL = """
			with recursive found as (
			    select p.id, p.shopkeeper_id, p.name, p.slug, p.description, p.category_id, p.brand_id,
			           p.price, p.compare_at_price, p.cost_price, p.sku, p.status, p.is_featured, p.stock_status,
			           p.weight_grams, p.review_count, p.avg_rating, p.shop_listed, p.version, p.created_at, p.updated_at,
			           b.name as brand_name, b.slug as brand_slug
			    from catalog.product p
			    left join catalog.brand b on b.id = p.brand_id
			    where p.deleted_at is null and %s),
			path as (
			    select c.id, c.name, c.slug, c.parent_id, 0 as depth
			    from catalog.category c join found on c.id = found.category_id
			    union all
			    select c.id, c.name, c.slug, c.parent_id, path.depth + 1
			    from catalog.category c join path on c.id = path.parent_id)
			select found.*, path.id as path_id, path.name as path_name, path.slug as path_slug
			from found left join path on true
			order by path.depth desc""";

	private static final ResultSetExtractor<Optional<Detail>> DETAIL_WITH_PATH = ProductDetailQuery::detail;

	private final JdbcClient jdbc;

	ProductDetailQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads a live product by id or slug; empty when unknown or deleted.
	 */
	Optional<Detail> detail(String idOrSlug) {
		UUID id = parseUuid(idOrSlug);
		Optional<Detail> detail = this.jdbc.sql(DETAIL.formatted((id != null) ? "p.id = ?" : "p.slug = ?"))
			.param((id != null) ? id : idOrSlug)
			.query(DETAIL_WITH_PATH);
		return detail.map((found) -> found.withImages(
				this.jdbc.sql("select url, alt_text from catalog.product_image where product_id = ? order by position")
					.param(found.id())
					.query((rs, row) -> new ProductDraft.Image(rs.getString("url"), rs.getString("alt_text")))
					.list()));
	}

	private static UUID parseUuid(String value) {
		try {
			return (value.length() == 36) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Optional<Detail> detail(ResultSet rs) throws SQLException {
		if (!rs.next()) {
			return Optional.empty();
		}
		Detail detail = product(rs);
		List<CatalogView.CategoryRef> path = new ArrayList<>();
		do {
			UUID categoryId = rs.getObject("path_id", UUID.class);
			if (categoryId != null) {
				path.add(new CatalogView.CategoryRef(categoryId, rs.getString("path_name"), rs.getString("path_slug")));
			}
		}
		while (rs.next());
		return Optional.of(detail.withCategoryPath(path));
	}

	private static Detail product(ResultSet rs) throws SQLException {
		UUID brandId = rs.getObject("brand_id", UUID.class);
		CatalogView.BrandRef brand = (brandId != null)
				? new CatalogView.BrandRef(brandId, rs.getString("brand_name"), rs.getString("brand_slug")) : null;
		return new Detail(rs.getObject("id", UUID.class), rs.getObject("shopkeeper_id", UUID.class),
				rs.getString("name"), rs.getString("slug"), rs.getString("description"), List.of(), brand,
				Money.of(rs.getBigDecimal("price")), money(rs.getBigDecimal("compare_at_price")),
				money(rs.getBigDecimal("cost_price")), rs.getString("sku"),
				ProductStatus.valueOf(rs.getString("status")), rs.getBoolean("is_featured"),
				StockStatus.valueOf(rs.getString("stock_status")), List.of(),
				rs.getObject("weight_grams", Integer.class), rs.getInt("review_count"), rs.getBigDecimal("avg_rating"),
				rs.getBoolean("shop_listed"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Money money(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : null;
	}

	/**
	 * A product as the database has it; the shop name is added by the service.
	 */
	record Detail(UUID id, UUID shopkeeperId, String name, String slug, String description,
			List<CatalogView.CategoryRef> categoryPath, CatalogView.BrandRef brand, Money price, Money compareAtPrice,
			Money costPrice, String sku, ProductStatus status, boolean featured, StockStatus stockStatus,
			List<ProductDraft.Image> images, Integer weightGrams, int reviewCount, BigDecimal avgRating,
			boolean shopListed, long version, Instant createdAt, Instant updatedAt) {

		Detail withCategoryPath(List<CatalogView.CategoryRef> categoryPath) {
			return new Detail(this.id, this.shopkeeperId, this.name, this.slug, this.description,
					List.copyOf(categoryPath), this.brand, this.price, this.compareAtPrice, this.costPrice, this.sku,
					this.status, this.featured, this.stockStatus, this.images, this.weightGrams, this.reviewCount,
					this.avgRating, this.shopListed, this.version, this.createdAt, this.updatedAt);
		}

		Detail withImages(List<ProductDraft.Image> images) {
			return new Detail(this.id, this.shopkeeperId, this.name, this.slug, this.description, this.categoryPath,
					this.brand, this.price, this.compareAtPrice, this.costPrice, this.sku, this.status, this.featured,
					this.stockStatus, images, this.weightGrams, this.reviewCount, this.avgRating, this.shopListed,
					this.version, this.createdAt, this.updatedAt);
		}

		CatalogView.ProductDetail toView(String shopName) {
			return new CatalogView.ProductDetail(this.id, this.shopkeeperId, shopName, this.name, this.slug,
					this.description, this.categoryPath, this.brand, this.price, this.compareAtPrice, this.costPrice,
					this.sku, this.status, this.featured, this.stockStatus, this.images, this.weightGrams,
					this.reviewCount, this.avgRating, this.shopListed, this.version, this.createdAt, this.updatedAt);
		}

	}

}
