package io.mercato.inventory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.mercato.inventory.InsufficientStockException;
import io.mercato.inventory.InventoryManagement;
import io.mercato.inventory.MovementReason;
import io.mercato.inventory.ReservationExistsException;
import io.mercato.inventory.StockLine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reservation engine other modules drive: reserve, release and commit, each a
 * conditional update per product in product-id order, with its ledger rows.
 */
@Service
@Transactional
class ReservationService implements InventoryManagement {

	private static final int MAX_REFERENCE_LENGTH = 100;

	private final StockRepository stocks;

	private final ReservationRepository reservations;

	private final MovementRepository movements;

	private final StockStatusReport statusReport;

	private final Clock clock;

	ReservationService(StockRepository stocks, ReservationRepository reservations, MovementRepository movements,
			StockStatusReport statusReport, Clock clock) {
		this.stocks = stocks;
		this.reservations = reservations;
		this.movements = movements;
		this.statusReport = statusReport;
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
		List<StockStatusReport.Transition> transitions = new ArrayList<>();
		merged
			.forEach((productId, quantity) -> this.stocks.reserve(productId, quantity, now)
				.ifPresentOrElse((row) -> transitions
					.add(new StockStatusReport.Transition(row, row.available() + quantity, row.lowStockThreshold())),
						() -> shortProducts.add(productId)));
		if (!shortProducts.isEmpty()) {
			Map<UUID, Integer> available = this.stocks.available(shortProducts);
			throw new InsufficientStockException(shortProducts.stream()
				.map((productId) -> new InsufficientStockException.Shortage(productId, merged.get(productId),
						available.getOrDefault(productId, 0)))
				.toList());
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
		this.statusReport.report(transitions, null);
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
		List<StockLine> lines = this.reservations.resolve(reference,
				sold ? ReservationState.COMMITTED : ReservationState.RELEASED, now);
		if (lines.isEmpty()) {
			return false;
		}
		List<StockStatusReport.Transition> transitions = new ArrayList<>();
		List<MovementRepository.Change> changes = new ArrayList<>();
		for (StockLine line : lines) {
			StockRow row = this.stocks.unreserve(line.productId(), line.quantity(), sold, now);
			int availableBefore = sold ? row.available() : row.available() - line.quantity();
			transitions.add(new StockStatusReport.Transition(row, availableBefore, row.lowStockThreshold()));
			changes.add(new MovementRepository.Change(line.productId(), sold ? -line.quantity() : 0, -line.quantity()));
		}
		this.movements.record(changes, sold ? MovementReason.COMMIT : MovementReason.RELEASE, reference, null, null,
				now);
		this.statusReport.report(transitions, null);
		return true;
	}

	@Override
	public boolean returnSale(String reference) {
		throw new UnsupportedOperationException("set-based return lands with the inventory branch");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Integer> availability(Collection<UUID> productIds) {
		return this.stocks.available(productIds.stream().distinct().toList());
	}

	private static String checkReference(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
			throw new IllegalArgumentException(
					"A reference must be 1 to " + MAX_REFERENCE_LENGTH + " characters: " + reference);
		}
		return reference;
	}

}
