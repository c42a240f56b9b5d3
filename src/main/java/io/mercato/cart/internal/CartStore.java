package io.mercato.cart.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cart's SQL. A cart is a handful of rows read and written many times a session, so
 * it is kept in plain SQL: one statement per step, each locking step taking the cart row
 * first, so that concurrent requests on one cart queue rather than lose a change.
 * <p>
 * Products and their availability are read from the catalog's published
 * {@code catalog.product_offer} view and the inventory's
 * {@code inventory.stock_available} view, joined into the statement that loads the cart;
 * the tables behind them are those modules' own.
 */
@Repository
class CartStore {

	/**
	 * The cart, every line with its product and availability, and the totals, in one
	 * statement. A cart without lines is one row whose line columns are null.
	 */
	private static final String LOAD = """
			select c.id as cart_id, c.promotion_code,
			       i.id as item_id, i.product_id, i.quantity,
			       o.id as offer_id, o.shopkeeper_id, o.name, o.slug, o.image_url, o.price, o.category_ids,
			       coalesce(o.status = 'PUBLISHED' and o.shop_listed, false) as for_sale,
			       coalesce(a.available, 0) as available,
			       coalesce(sum(o.price * i.quantity) filter (where o.status = 'PUBLISHED' and o.shop_listed) over (), 0)
			           as subtotal,
			       coalesce(sum(i.quantity) over (), 0) as total_items
			from cart.cart c
			left join cart.cart_item i on i.cart_id = c.id
			left join catalog.product_offer o on o.id = i.product_id
			left join inventory.stock_available a on a.product_id = i.product_id
			where c.status = 'ACTIVE' and %s
			order by i.created_at, i.id""";

	private final JdbcClient jdbc;

	CartStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Loads the user's active cart.
	 * @return the cart, empty when the user has no active cart
	 */
	Optional<LoadedCart> loadUserCart(UUID userId) {
		return load("c.user_id = ?", userId);
	}

	/**
	 * Loads the active guest cart of a token hash.
	 * @return the cart, empty when no active cart has the token
	 */
	Optional<LoadedCart> loadGuestCart(String tokenHash) {
		return load("c.token_hash = ?", tokenHash);
	}

	/**
	 * Returns the user's active cart, created when there is none, locked for the rest of
	 * the transaction, and records the activity.
	 */
	CartRef lockUserCart(UUID userId, Instant now) {
		return this.jdbc.sql("""
				insert into cart.cart (id, user_id, status, created_at, updated_at) values (?, ?, 'ACTIVE', ?, ?)
				on conflict (user_id) where status = 'ACTIVE' do update set updated_at = excluded.updated_at
				returning id, promotion_code""")
			.params(Ids.newId(), userId, SqlValues.timestamp(now), SqlValues.timestamp(now))
			.query(CartStore::ref)
			.single();
	}

	/**
	 * Returns the active guest cart of a token hash, locked for the rest of the
	 * transaction, and records the activity.
	 * @return the cart, empty when no active cart has the token
	 */
	Optional<CartRef> lockGuestCart(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				update cart.cart set updated_at = ? where token_hash = ? and status = 'ACTIVE'
				returning id, promotion_code""")
			.params(SqlValues.timestamp(now), tokenHash)
			.query(CartStore::ref)
			.optional();
	}

	void createGuestCart(UUID cartId, String tokenHash, Instant now) {
		this.jdbc.sql("""
				insert into cart.cart (id, token_hash, status, created_at, updated_at) values (?, ?, 'ACTIVE', ?, ?)""")
			.params(cartId, tokenHash, SqlValues.timestamp(now), SqlValues.timestamp(now))
			.update();
	}

	/**
	 * Returns a product as the cart adds it, with the units of it the cart holds and the
	 * cart's number of lines.
	 * @return the product, empty when unknown or deleted
	 */
	Optional<Offer> offer(UUID cartId, UUID productId) {
		return this.jdbc.sql("""
				select o.id, o.shopkeeper_id, o.name, o.slug, o.image_url, o.price,
				       (o.status = 'PUBLISHED' and o.shop_listed) as for_sale,
				       i.id as item_id, coalesce(i.quantity, 0) as in_cart,
				       (select count(*) from cart.cart_item n where n.cart_id = ?) as lines
				from catalog.product_offer o
				left join cart.cart_item i on i.cart_id = ? and i.product_id = o.id
				where o.id = ?""")
			.params(cartId, cartId, productId)
			.query((rs, row) -> new Offer(rs.getObject("id", UUID.class), rs.getObject("shopkeeper_id", UUID.class),
					rs.getString("name"), rs.getString("slug"), rs.getString("image_url"),
					Money.of(rs.getBigDecimal("price")), rs.getBoolean("for_sale"), rs.getObject("item_id", UUID.class),
					rs.getInt("in_cart"), rs.getInt("lines")))
			.optional();
	}

	/**
	 * Returns a line of the cart with its product.
	 * @return the line, empty when the cart has no such line
	 */
	Optional<ItemOffer> item(UUID cartId, UUID itemId) {
		return this.jdbc.sql("""
				select i.id, i.product_id, i.quantity, o.id as offer_id, o.name, o.slug, o.image_url, o.price,
				       coalesce(o.status = 'PUBLISHED' and o.shop_listed, false) as for_sale
				from cart.cart_item i
				left join catalog.product_offer o on o.id = i.product_id
				where i.cart_id = ? and i.id = ?""")
			.params(cartId, itemId)
			.query((rs, row) -> new ItemOffer(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
					rs.getInt("quantity"), rs.getObject("offer_id") != null, rs.getString("name"), rs.getString("slug"),
					rs.getString("image_url"), money(rs.getBigDecimal("price")), rs.getBoolean("for_sale")))
			.optional();
	}

	/**
	 * Sets the units of the cart's line of a product, adding the line when there is none.
	 * @return the line's id
	 */
	UUID putItem(UUID cartId, UUID productId, int quantity, Instant now) {
		return this.jdbc.sql("""
				insert into cart.cart_item (id, cart_id, product_id, quantity, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (cart_id, product_id)
				do update set quantity = excluded.quantity, updated_at = excluded.updated_at
				returning id""")
			.params(Ids.newId(), cartId, productId, quantity, SqlValues.timestamp(now), SqlValues.timestamp(now))
			.query(UUID.class)
			.single();
	}

	void changeQuantity(UUID itemId, int quantity, Instant now) {
		this.jdbc.sql("update cart.cart_item set quantity = ?, updated_at = ? where id = ?")
			.params(quantity, SqlValues.timestamp(now), itemId)
			.update();
	}

	boolean removeItem(UUID cartId, UUID itemId) {
		return this.jdbc.sql("delete from cart.cart_item where cart_id = ? and id = ?")
			.params(cartId, itemId)
			.update() > 0;
	}

	/**
	 * Returns the product and units of every line of a cart.
	 */
	List<Line> lines(UUID cartId) {
		return this.jdbc
			.sql("select product_id, quantity from cart.cart_item where cart_id = ? order by created_at, id")
			.param(cartId)
			.query((rs, row) -> new Line(rs.getObject("product_id", UUID.class), rs.getInt("quantity")))
			.list();
	}

	/**
	 * Returns the product and units of every line of a cart, with whether its product is
	 * for sale now (a deleted product is not).
	 */
	List<CheckoutLine> checkoutLines(UUID cartId) {
		return this.jdbc.sql("""
				select i.product_id, i.quantity, coalesce(o.status = 'PUBLISHED' and o.shop_listed, false) as for_sale
				from cart.cart_item i
				left join catalog.product_offer o on o.id = i.product_id
				where i.cart_id = ?
				order by i.created_at, i.id""")
			.param(cartId)
			.query((rs, row) -> new CheckoutLine(rs.getObject("product_id", UUID.class), rs.getInt("quantity"),
					rs.getBoolean("for_sale")))
			.list();
	}

	/**
	 * Marks an active cart checked out into the order.
	 */
	void convert(UUID cartId, UUID orderId, Instant now) {
		this.jdbc.sql("""
				update cart.cart set status = 'CONVERTED', order_id = ?, updated_at = ?
				where id = ? and status = 'ACTIVE'""").params(orderId, SqlValues.timestamp(now), cartId).update();
	}

	void clear(UUID cartId) {
		this.jdbc.sql("delete from cart.cart_item where cart_id = ?").param(cartId).update();
		changePromotion(cartId, null);
	}

	void changePromotion(UUID cartId, String code) {
		this.jdbc.sql("update cart.cart set promotion_code = ? where id = ?").params(code, cartId).update();
	}

	void delete(UUID cartId) {
		this.jdbc.sql("delete from cart.cart where id = ?").param(cartId).update();
	}

	/**
	 * Marks up to {@code limit} active carts unchanged since {@code idleSince} abandoned,
	 * skipping carts a request holds locked.
	 * @return how many were marked
	 */
	int abandon(Instant idleSince, int limit, Instant now) {
		return this.jdbc.sql("""
				update cart.cart set status = 'ABANDONED', updated_at = ?
				where id in (select id from cart.cart where status = 'ACTIVE' and updated_at < ?
				             order by updated_at limit ? for update skip locked)""")
			.params(SqlValues.timestamp(now), SqlValues.timestamp(idleSince), limit)
			.update();
	}

	private Optional<LoadedCart> load(String condition, Object key) {
		return this.jdbc.sql(LOAD.formatted(condition)).param(key).query((ResultSet rs) -> {
			if (!rs.next()) {
				return Optional.<LoadedCart>empty();
			}
			UUID cartId = rs.getObject("cart_id", UUID.class);
			String promotionCode = rs.getString("promotion_code");
			Money subtotal = Money.of(rs.getBigDecimal("subtotal"));
			int totalItems = rs.getInt("total_items");
			List<LoadedLine> lines = new ArrayList<>();
			do {
				UUID itemId = rs.getObject("item_id", UUID.class);
				if (itemId != null) {
					lines.add(loadedLine(rs, itemId));
				}
			}
			while (rs.next());
			return Optional.of(new LoadedCart(cartId, promotionCode, lines, subtotal, totalItems));
		});
	}

	private static LoadedLine loadedLine(ResultSet rs, UUID itemId) throws SQLException {
		boolean known = rs.getObject("offer_id") != null;
		return new LoadedLine(itemId, rs.getObject("product_id", UUID.class), rs.getInt("quantity"), known,
				known ? rs.getObject("shopkeeper_id", UUID.class) : null, rs.getString("name"), rs.getString("slug"),
				rs.getString("image_url"), money(rs.getBigDecimal("price")),
				SqlValues.uuids(rs.getArray("category_ids")), rs.getBoolean("for_sale"), rs.getInt("available"));
	}

	private static CartRef ref(ResultSet rs, int row) throws SQLException {
		return new CartRef(rs.getObject("id", UUID.class), rs.getString("promotion_code"));
	}

	private static Money money(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : null;
	}

	/** A cart found for a change, and its promotion code. */
	record CartRef(UUID id, String promotionCode) {
	}

	/** A cart with its lines and totals, as one statement read it. */
	record LoadedCart(UUID id, String promotionCode, List<LoadedLine> lines, Money subtotal, int totalItems) {
	}

	/**
	 * A line with its product; {@code known} is false for a product deleted since, whose
	 * product columns are null.
	 */
	record LoadedLine(UUID itemId, UUID productId, int quantity, boolean known, UUID shopkeeperId, String name,
			String slug, String imageUrl, Money price, List<UUID> categoryIds, boolean forSale, int available) {
	}

	/** A product being added, the units of it the cart holds, and the cart's lines. */
	record Offer(UUID productId, UUID shopkeeperId, String name, String slug, String imageUrl, Money price,
			boolean forSale, UUID itemId, int inCart, int lines) {
	}

	/**
	 * A line being changed, with its product; {@code known} as for {@link LoadedLine}.
	 */
	record ItemOffer(UUID itemId, UUID productId, int quantity, boolean known, String name, String slug,
			String imageUrl, Money price, boolean forSale) {
	}

	/** A product and its units. */
	record Line(UUID productId, int quantity) {
	}

	/** A product and its units, and whether the product is for sale now. */
	record CheckoutLine(UUID productId, int quantity, boolean forSale) {
	}

}
