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
 * The reservation engine other modules drive: reserve, release, commit and return, each
 * in a number of statements that does not depend on the number of lines. Stock rows are
 * always locked in product-id order ({@link ProductOrder}) before they change, and every
 * change writes its ledger rows in one statement.
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
		StockRepository.Locked lock = this.stocks.lockForReservation(checkedReference, merged.keySet());
		// with no stock row to say it, whether the reference is held is asked on its own
		boolean referenceHeld = lock.rows().isEmpty() ? this.reservations.isHeld(checkedReference)
				: lock.referenceHeld();
		if (referenceHeld) {
			throw new ReservationExistsException(checkedReference);
		}
		Map<UUID, StockRow> locked = lock.rows();
		List<InsufficientStockException.Shortage> shortages = new ArrayList<>();
		merged.forEach((productId, quantity) -> {
			StockRow row = locked.get(productId);
			int available = (row != null) ? row.available() : 0;
			if (available < quantity) {
				shortages.add(new InsufficientStockException.Shortage(productId, quantity, available));
			}
		});
		if (!shortages.isEmpty()) {
			throw new InsufficientStockException(shortages);
		}
		Instant now = this.clock.instant();
		List<StockLine> held = merged.entrySet()
			.stream()
			.map((entry) -> new StockLine(entry.getKey(), entry.getValue()))
			.toList();
		ReservationRepository.Held recorded = this.reservations.hold(checkedReference, held, now);
		if (recorded.lines() != held.size()) {
			throw new ReservationExistsException(checkedReference);
		}
		this.statusReport.report(recorded.rows()
			.stream()
			.map((row) -> new StockStatusReport.Transition(row, locked.get(row.productId()).available(),
					row.lowStockThreshold()))
			.toList(), null);
	}

	@Override
	public boolean release(String reference) {
		return settle(checkReference(reference), Settlement.RELEASE);
	}

	@Override
	public boolean commit(String reference) {
		return settle(checkReference(reference), Settlement.COMMIT);
	}

	@Override
	public boolean returnSale(String reference) {
		return settle(checkReference(reference), Settlement.RETURN);
	}

	/**
	 * Moves the reference's lines on by one settlement, in two statements whatever the
	 * number of lines: the lines' state with their stock rows (locked in product-id
	 * order), then the ledger.
	 */
	private boolean settle(String reference, Settlement settlement) {
		Instant now = this.clock.instant();
		List<StockRepository.Settled> settled = this.stocks.settle(reference, settlement.from, settlement.to,
				settlement.quantityFactor, settlement.reservedFactor, now);
		if (settled.isEmpty()) {
			return false;
		}
		// the available units move by the quantity's change less the reserved units'
		int availableFactor = settlement.quantityFactor - settlement.reservedFactor;
		this.movements.record(settled.stream()
			.map((line) -> new MovementRepository.Change(line.row().productId(),
					settlement.quantityFactor * line.units(), settlement.reservedFactor * line.units()))
			.toList(), settlement.reason, reference, null, null, now);
		this.statusReport.report(settled.stream()
			.map((line) -> new StockStatusReport.Transition(line.row(),
					line.row().available() - availableFactor * line.units(), line.row().lowStockThreshold()))
			.toList(), null);
		return true;
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

	/**
	 * How a reservation's lines move on: the state they leave and reach, how each line's
	 * units change the quantity on hand and the reserved units, and the ledger's reason.
	 */
	private enum Settlement {

		/** Held units go back to the available stock. */
		RELEASE(ReservationState.ACTIVE, ReservationState.RELEASED, 0, -1, MovementReason.RELEASE),

		/** Held units are sold: they leave the quantity on hand. */
		COMMIT(ReservationState.ACTIVE, ReservationState.COMMITTED, -1, -1, MovementReason.COMMIT),

		/** Sold units come back to the quantity on hand. */
		RETURN(ReservationState.COMMITTED, ReservationState.RETURNED, 1, 0, MovementReason.RETURN);

		private final ReservationState from;

		private final ReservationState to;

		private final int quantityFactor;

		private final int reservedFactor;

		private final MovementReason reason;

		Settlement(ReservationState from, ReservationState to, int quantityFactor, int reservedFactor,
				MovementReason reason) {
			this.from = from;
			this.to = to;
			this.quantityFactor = quantityFactor;
			this.reservedFactor = reservedFactor;
			this.reason = reason;
		}

	}

}
