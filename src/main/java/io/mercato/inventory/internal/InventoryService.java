package io.mercato.inventory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mercato.catalog.CatalogException;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.catalog.StockStatus;
import io.mercato.inventory.InsufficientStockException;
import io.mercato.inventory.InventoryManagement;
import io.mercato.inventory.MovementReason;
import io.mercato.inventory.ReservationExistsException;
import io.mercato.inventory.StockLevel;
import io.mercato.inventory.StockLine;
import io.mercato.inventory.StockLow;
import io.mercato.inventory.StockMovement;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class InventoryService implements InventoryManagement {

	private static final int MAX_REFERENCE_LENGTH = 100;

	private static final int MAX_NOTE_LENGTH = 500;

	private static final int MAX_PAGE_SIZE = 100;

	private static final String MOVEMENTS = "movements";

	private static final String LOW_STOCK = "low-stock";

	private final StockRepository stocks;

	private final ReservationRepository reservations;

	private final MovementRepository movements;

	private final CatalogManagement catalog;

	private final ApplicationEventPublisher events;

	private final InventorySettings settings;

	private final Clock clock;

	InventoryService(StockRepository stocks, ReservationRepository reservations, MovementRepository movements,
			CatalogManagement catalog, ApplicationEventPublisher events, InventorySettings settings, Clock clock) {
		this.stocks = stocks;
		this.reservations = reservations;
		this.movements = movements;
		this.catalog = catalog;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void reserve(Collection<StockLine> lines, String reference) {
		String checkedReference = checkReference(reference);
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("A reservation needs at least one line");
		}
		// merged and in product-id order: every transaction locks stock rows in this
		// order, so overlapping baskets wait for each other instead of deadlocking
		Map<UUID, Integer> merged = new TreeMap<>(ProductOrder.COMPARATOR);
		for (StockLine line : lines) {
			if (line == null || line.productId() == null || line.quantity() < 1) {
				throw new IllegalArgumentException("Every line needs a product and a quantity of at least 1: " + line);
			}
			merged.merge(line.productId(), line.quantity(), Math::addExact);
		}
		this.reservations.lock(checkedReference);
		if (this.reservations.isHeld(checkedReference)) {
			throw new ReservationExistsException(checkedReference);
		}
		Instant now = this.clock.instant();
		List<UUID> shortProducts = new ArrayList<>();
		List<Transition> transitions = new ArrayList<>();
		merged.forEach((productId, quantity) -> this.stocks.reserve(productId, quantity, now)
			.ifPresentOrElse(
					(row) -> transitions.add(new Transition(row, row.available() + quantity, row.lowStockThreshold())),
					() -> shortProducts.add(productId)));
		if (!shortProducts.isEmpty()) {
			throw new InsufficientStockException(shortProducts);
		}
		List<StockLine> held = merged.entrySet()
			.stream()
			.map((entry) -> new StockLine(entry.getKey(), entry.getValue()))
			.toList();
		if (this.reservations.hold(checkedReference, held, now) != held.size()) {
			throw new ReservationExistsException(checkedReference);
		}
		this.movements.record(held.stream()
			.map((line) -> new MovementRepository.Change(line.productId(), 0, line.quantity()))
			.toList(), MovementReason.RESERVE, checkedReference, null, null, now);
		report(transitions, null);
	}

	@Override
	public boolean release(String reference) {
		return unreserve(checkReference(reference), false);
	}

	@Override
	public boolean commit(String reference) {
		return unreserve(checkReference(reference), true);
	}

	private boolean unreserve(String reference, boolean sold) {
		Instant now = this.clock.instant();
		List<StockLine> lines = this.reservations.resolve(reference, sold ? "COMMITTED" : "RELEASED", now);
		if (lines.isEmpty()) {
			return false;
		}
		List<Transition> transitions = new ArrayList<>();
		List<MovementRepository.Change> changes = new ArrayList<>();
		for (StockLine line : lines) {
			StockRow row = this.stocks.unreserve(line.productId(), line.quantity(), sold, now);
			int availableBefore = sold ? row.available() : row.available() - line.quantity();
			transitions.add(new Transition(row, availableBefore, row.lowStockThreshold()));
			changes.add(new MovementRepository.Change(line.productId(), sold ? -line.quantity() : 0, -line.quantity()));
		}
		this.movements.record(changes, sold ? MovementReason.COMMIT : MovementReason.RELEASE, reference, null, null,
				now);
		report(transitions, null);
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Integer> availability(Collection<UUID> productIds) {
		return this.stocks.available(productIds.stream().distinct().toList());
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
		// restocking readies a listing for sale, which a shop out of standing may not;
		// an admin may, as the shop's listings stay hidden until it is in standing again
		if (!caller.isAdmin() && !this.catalog.maySell(product.shopkeeperId())) {
			throw new CatalogException.ShopkeeperNotVerified();
		}
		Instant now = this.clock.instant();
		createIfAbsent(product, now);
		StockRow row = this.stocks.changeQuantity(productId, quantity, true, MAX_QUANTITY, now)
			.orElseThrow(() -> new InvalidFieldsException("quantity",
					"would take the stock over " + MAX_QUANTITY + " units"));
		this.movements.record(List.of(new MovementRepository.Change(productId, quantity, 0)), MovementReason.RESTOCK,
				null, blankToNull(note), caller.id(), now);
		report(List.of(new Transition(row, row.available() - quantity, row.lowStockThreshold())),
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
		Instant now = this.clock.instant();
		createIfAbsent(product, now);
		StockRow row = this.stocks.changeQuantity(productId, delta, false, MAX_QUANTITY, now).orElseThrow(() -> {
			if (delta < 0) {
				return new InsufficientStockException(List.of(productId));
			}
			return new InvalidFieldsException("delta", "would take the stock over " + MAX_QUANTITY + " units");
		});
		this.movements.record(List.of(new MovementRepository.Change(productId, delta, 0)), MovementReason.ADJUSTMENT,
				null, reason.trim(), caller.id(), now);
		report(List.of(new Transition(row, row.available() - delta, row.lowStockThreshold())), product.stockStatus());
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
		report(List.of(new Transition(change.row(), change.row().available(), change.previousThreshold())),
				product.stockStatus());
		return change.row().toLevel();
	}

	@Override
	@Transactional(readOnly = true)
	public MovementPage movements(CurrentUser caller, UUID productId, String cursor, int pageSize) {
		checkPageSize(pageSize);
		Window.Position position = Window.position(MOVEMENTS, cursor);
		MovementRepository.Keyset after = (position != null)
				? new MovementRepository.Keyset(position.cursor().instant("t"), position.cursor().uuid("id")) : null;
		ownedProduct(caller, productId);
		List<StockMovement> read = this.movements.page(productId, after, position != null && position.backwards(),
				pageSize + 1);
		Window<StockMovement> window = Window.of(MOVEMENTS, read, pageSize, position,
				(movement) -> Map.of("t", movement.createdAt().toString(), "id", movement.id().toString()));
		return new MovementPage(window.rows(), window.next(), window.previous());
	}

	@Override
	@Transactional(readOnly = true)
	public LowStockPage lowStock(CurrentUser caller, String cursor, int pageSize) {
		if (!caller.isAdmin() && !caller.is(Role.SHOPKEEPER)) {
			throw new AccessDeniedException("Only shopkeepers and admins have stock");
		}
		checkPageSize(pageSize);
		Window.Position position = Window.position(LOW_STOCK, cursor);
		StockRepository.Keyset after = null;
		if (position != null) {
			try {
				after = new StockRepository.Keyset(Integer.parseInt(position.cursor().string("a")),
						position.cursor().uuid("id"));
			}
			catch (NumberFormatException ex) {
				throw new io.mercato.shared.web.InvalidCursorException();
			}
		}
		List<StockRow> read = this.stocks.low(caller.isAdmin() ? null : caller.id(), after,
				position != null && position.backwards(), pageSize + 1);
		Window<StockRow> window = Window.of(LOW_STOCK, read, pageSize, position,
				(row) -> Map.of("a", Integer.toString(row.available()), "id", row.productId().toString()));
		// the catalog names the products and leaves out deleted ones, in one query
		Map<UUID, ProductSnapshot> products = this.catalog
			.findProducts(window.rows().stream().map(StockRow::productId).toList())
			.stream()
			.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
		List<LowStockProduct> results = window.rows()
			.stream()
			.filter((row) -> products.containsKey(row.productId()))
			.map((row) -> new LowStockProduct(products.get(row.productId()).name(), products.get(row.productId()).sku(),
					row.toLevel()))
			.toList();
		return new LowStockPage(results, window.next(), window.previous());
	}

	/**
	 * Tells the catalog of every status change and publishes {@link StockLow} for every
	 * fall to the threshold, in product-id order (the catalog's rows are locked in that
	 * order too).
	 * @param catalogStatus the status the catalog showed before, when known: a status
	 * that differs from it is reported even when the stock's did not change, which heals
	 * any drift
	 */
	private void report(List<Transition> transitions, StockStatus catalogStatus) {
		for (Transition transition : transitions) {
			StockRow row = transition.after();
			StockStatus before = StockLevel.statusOf(transition.availableBefore(), transition.thresholdBefore());
			StockStatus after = StockLevel.statusOf(row.available(), row.lowStockThreshold());
			if (after != before || (catalogStatus != null && after != catalogStatus)) {
				this.catalog.changeStockStatus(row.productId(), after);
			}
			if (transition.availableBefore() > row.lowStockThreshold() && row.available() <= row.lowStockThreshold()) {
				this.events.publishEvent(
						new StockLow(row.productId(), row.shopkeeperId(), row.available(), row.lowStockThreshold()));
			}
		}
	}

	/**
	 * Returns the product when the caller may manage its stock: its shopkeeper or an
	 * admin. Anyone else learns nothing of its existence.
	 */
	private ProductSnapshot ownedProduct(CurrentUser caller, UUID productId) {
		return this.catalog.findProduct(productId)
			.filter((product) -> caller.isAdmin()
					|| (caller.is(Role.SHOPKEEPER) && product.shopkeeperId().equals(caller.id())))
			.orElseThrow(CatalogException.ProductNotFound::new);
	}

	private void createIfAbsent(ProductSnapshot product, Instant now) {
		this.stocks.createIfAbsent(product.id(), product.shopkeeperId(), this.settings.defaultLowStockThreshold(), now);
	}

	private static String checkReference(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
			throw new IllegalArgumentException(
					"A reference must be 1 to " + MAX_REFERENCE_LENGTH + " characters: " + reference);
		}
		return reference;
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

	/**
	 * A stock row after a change, with what it was before.
	 */
	private record Transition(StockRow after, int availableBefore, int thresholdBefore) {

	}

}
