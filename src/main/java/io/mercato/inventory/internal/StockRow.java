package io.mercato.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.mercato.inventory.StockLevel;

/**
 * A row of {@code inventory.stock} as a statement returned it.
 */
record StockRow(UUID productId, UUID shopkeeperId, int quantity, int reserved, int lowStockThreshold,
		Instant lastRestockedAt) {

	static final String COLUMNS = "product_id, shopkeeper_id, quantity, reserved, low_stock_threshold, last_restocked_at";

	int available() {
		return this.quantity - this.reserved;
	}

	StockLevel toLevel() {
		return new StockLevel(this.productId, this.quantity, this.reserved, available(), this.lowStockThreshold,
				StockLevel.statusOf(available(), this.lowStockThreshold), this.lastRestockedAt);
	}

	static StockRow empty(UUID productId, UUID shopkeeperId, int lowStockThreshold) {
		return new StockRow(productId, shopkeeperId, 0, 0, lowStockThreshold, null);
	}

	static StockRow map(ResultSet rs, int rowNumber) throws SQLException {
		OffsetDateTime restocked = rs.getObject("last_restocked_at", OffsetDateTime.class);
		return new StockRow(rs.getObject("product_id", UUID.class), rs.getObject("shopkeeper_id", UUID.class),
				rs.getInt("quantity"), rs.getInt("reserved"), rs.getInt("low_stock_threshold"),
				(restocked != null) ? restocked.toInstant() : null);
	}

}
