package io.mercato.inventory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.inventory.InventoryException;
import io.mercato.inventory.MovementReason;
import io.mercato.inventory.StockLevel;
import io.mercato.inventory.StockKeeping;
import io.mercato.inventory.StockMovement;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidCursorException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shared.web.KeysetPage;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock screens of a product's shopkeeper and of admins: stock levels, restocks,
 * adjustments, thresholds and the ledger.
 */
@Service
@Transactional
class StockKeepingService implements StockKeeping {

	private static final int MAX_NOTE_LENGTH = 500;

	private static final int MAX_PAGE_SIZE = 100;

	private static final String MOVEMENTS = "movements";

	private static final String LOW_STOCK = "low-stock";

	private final StockRepository stocks;

	private final MovementRepository movements;

	private final CatalogManagement catalog;

	private final StockStatusReport statusReport;

	private final InventorySettings settings;

	private final Clock clock;

	StockKeepingService(StockRepository stocks, MovementRepository movements, CatalogManagement catalog,
			StockStatusReport statusReport, InventorySettings settings, Clock clock) {
		this.stocks = stocks;
		this.movements = movements;
		this.catalog = catalog;
		this.statusReport = statusReport;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public StockLevel stock(CurrentUser caller, UUID productId) {
		ProductSnapshot product = ownedProduct(caller, productId);
		return this.stocks.find(productId)
			.orElseGet(
					() -> StockRow.empty(productId, product.shopkeeperId(), this.settings.defaultLowStockThreshold()))
			.toLevel();
	}

	@Override
	public StockLevel restock(CurrentUser caller, UUID productId, int quantity, String note) {
		List<InvalidField> errors = new ArrayList<>();
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			errors.add(new InvalidField("quantity", "must be between 1 and " + MAX_QUANTITY));
		}
		checkNote("note", note, false, errors);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		ProductSnapshot product = ownedProduct(caller, productId);
		requireStanding(caller, product);
		Instant now = this.clock.instant();
		createIfAbsent(product, now);
		StockRow row = this.stocks.changeQuantity(productId, quantity, true, MAX_QUANTITY, now)
			.orElseThrow(() -> new InvalidFieldsException("quantity",
					"would take the stock over " + MAX_QUANTITY + " units"));
		this.movements.record(List.of(new MovementRepository.Change(productId, quantity, 0)), MovementReason.RESTOCK,
				null, blankToNull(note), caller.id(), now);
		this.statusReport.report(
				List.of(new StockStatusReport.Transition(row, row.available() - quantity, row.lowStockThreshold())),
				product.stockStatus());
		return row.toLevel();
	}

	@Override
	public StockLevel adjust(CurrentUser caller, UUID productId, int delta, String reason) {
		List<InvalidField> errors = new ArrayList<>();
		if (delta == 0) {
			errors.add(new InvalidField("delta", "must not be 0"));
		}
		else if (Math.abs((long) delta) > MAX_QUANTITY) {
			errors.add(new InvalidField("delta", "must be between -" + MAX_QUANTITY + " and " + MAX_QUANTITY));
		}
		checkNote("reason", reason, true, errors);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		ProductSnapshot product = ownedProduct(caller, productId);
		if (delta > 0) {
			requireStanding(caller, product);
		}
		Instant now = this.clock.instant();
		createIfAbsent(product, now);
		StockRow row = this.stocks.changeQuantity(productId, delta, false, MAX_QUANTITY, now).orElseThrow(() -> {
			if (delta < 0) {
				return new InventoryException.QuantityBelowReserved();
			}
			return new InvalidFieldsException("delta", "would take the stock over " + MAX_QUANTITY + " units");
		});
		this.movements.record(List.of(new MovementRepository.Change(productId, delta, 0)), MovementReason.ADJUSTMENT,
				null, reason.trim(), caller.id(), now);
		this.statusReport.report(
				List.of(new StockStatusReport.Transition(row, row.available() - delta, row.lowStockThreshold())),
				product.stockStatus());
		return row.toLevel();
	}

	@Override
	public StockLevel changeLowStockThreshold(CurrentUser caller, UUID productId, int threshold) {
		if (threshold < 0 || threshold > MAX_QUANTITY) {
			throw new InvalidFieldsException("low_stock_threshold", "must be between 0 and " + MAX_QUANTITY);
		}
		ProductSnapshot product = ownedProduct(caller, productId);
		Instant now = this.clock.instant();
		createIfAbsent(product, now);
		StockRepository.ThresholdChange change = this.stocks.changeThreshold(productId, threshold, now);
		this.statusReport.report(List
			.of(new StockStatusReport.Transition(change.row(), change.row().available(), change.previousThreshold())),
				product.stockStatus());
		return change.row().toLevel();
	}

	@Override
	@Transactional(readOnly = true)
	public KeysetPage<StockMovement> movements(CurrentUser caller, UUID productId, String cursor, int pageSize) {
		checkPageSize(pageSize);
		KeysetPage.Position position = KeysetPage.position(MOVEMENTS, cursor);
		MovementRepository.Keyset after = (position != null)
				? new MovementRepository.Keyset(position.keys().instant("t"), position.keys().uuid("id")) : null;
		ownedProduct(caller, productId);
		List<StockMovement> read = this.movements.page(productId, after, position != null && position.backwards(),
				pageSize + 1);
		return KeysetPage.of(MOVEMENTS, read, pageSize, position,
				(movement) -> Map.of("t", movement.createdAt().toString(), "id", movement.id().toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public KeysetPage<StockKeeping.LowStockProduct> lowStock(CurrentUser caller, String cursor, int pageSize) {
		if (!caller.isAdmin() && !caller.is(Role.SHOPKEEPER)) {
			throw new AccessDeniedException("Only shopkeepers and admins have stock");
		}
		checkPageSize(pageSize);
		KeysetPage.Position position = KeysetPage.position(LOW_STOCK, cursor);
		StockRepository.Keyset after = null;
		if (position != null) {
			try {
				after = new StockRepository.Keyset(Integer.parseInt(position.keys().string("a")),
						position.keys().uuid("id"));
			}
			catch (NumberFormatException ex) {
				throw new InvalidCursorException();
			}
		}
		List<StockRow> read = this.stocks.low(caller.isAdmin() ? null : caller.id(), after,
				position != null && position.backwards(), pageSize + 1);
		KeysetPage<StockRow> window = KeysetPage.of(LOW_STOCK, read, pageSize, position,
				(row) -> Map.of("a", Integer.toString(row.available()), "id", row.productId().toString()));
		// the catalog names the products and leaves out deleted ones, in one query
		Map<UUID, ProductSnapshot> products = this.catalog
			.findProducts(window.results().stream().map(StockRow::productId).toList())
			.stream()
			.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
		List<StockKeeping.LowStockProduct> results = window.results()
			.stream()
			.filter((row) -> products.containsKey(row.productId()))
			.map((row) -> new StockKeeping.LowStockProduct(products.get(row.productId()).name(),
					products.get(row.productId()).sku(), row.toLevel()))
			.toList();
		return new KeysetPage<>(results, window.next(), window.previous());
	}

	/**
	 * Returns the product when the caller may manage its stock: its shopkeeper or an
	 * admin. Anyone else learns nothing of its existence.
	 */
	private ProductSnapshot ownedProduct(CurrentUser caller, UUID productId) {
		return this.catalog.findProduct(productId)
			.filter((product) -> caller.isAdmin()
					|| (caller.is(Role.SHOPKEEPER) && product.shopkeeperId().equals(caller.id())))
			.orElseThrow(InventoryException.ProductNotFound::new);
	}

	/**
	 * Adding units readies a listing for sale, which a shop out of standing may not do;
	 * an admin may, as the shop's listings stay hidden until it is in standing again.
	 * Counting stock down stays possible.
	 */
	private void requireStanding(CurrentUser caller, ProductSnapshot product) {
		if (!caller.isAdmin() && !this.catalog.maySell(product.shopkeeperId())) {
			throw new InventoryException.ShopkeeperNotVerified();
		}
	}

	private void createIfAbsent(ProductSnapshot product, Instant now) {
		this.stocks.createIfAbsent(product.id(), product.shopkeeperId(), this.settings.defaultLowStockThreshold(), now);
	}

	private static void checkNote(String field, String text, boolean required, List<InvalidField> errors) {
		if (required && (text == null || text.isBlank())) {
			errors.add(new InvalidField(field, "is required"));
		}
		else if (text != null && text.trim().length() > MAX_NOTE_LENGTH) {
			errors.add(new InvalidField(field, "must be at most " + MAX_NOTE_LENGTH + " characters"));
		}
	}

	private static void checkPageSize(int pageSize) {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidFieldsException("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
