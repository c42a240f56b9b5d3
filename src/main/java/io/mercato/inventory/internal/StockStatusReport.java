package io.mercato.inventory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.StockStatus;
import io.mercato.inventory.StockLevel;
import io.mercato.inventory.StockLow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every stock change tells others: the catalog hears each change of a product's
 * stock status, and a fall to the low-stock threshold publishes {@link StockLow}.
 */
@Component
class StockStatusReport {

	private final CatalogManagement catalog;

	private final ApplicationEventPublisher events;

	StockStatusReport(CatalogManagement catalog, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.events = events;
	}

	/**
	 * Tells the catalog of every status change, all in one call and none when nothing
	 * changed, then publishes {@link StockLow} for every fall to the threshold, in
	 * product-id order (the catalog locks its rows in that order too).
	 * @param transitions the changed rows, in product-id order
	 * @param catalogStatus the status the catalog showed before, when known: a status
	 * that differs from it is reported even when the stock's did not change, which heals
	 * any drift
	 */
	void report(List<Transition> transitions, StockStatus catalogStatus) {
		Map<UUID, StockStatus> changes = new LinkedHashMap<>();
		List<StockLow> lows = new ArrayList<>();
		for (Transition transition : transitions) {
			StockRow row = transition.after();
			StockStatus before = StockLevel.statusOf(transition.availableBefore(), transition.thresholdBefore());
			StockStatus after = StockLevel.statusOf(row.available(), row.lowStockThreshold());
			if (after != before || (catalogStatus != null && after != catalogStatus)) {
				changes.put(row.productId(), after);
			}
			if (transition.availableBefore() > row.lowStockThreshold() && row.available() <= row.lowStockThreshold()) {
				lows.add(new StockLow(row.productId(), row.shopkeeperId(), row.available(), row.lowStockThreshold()));
			}
		}
		if (!changes.isEmpty()) {
			this.catalog.changeStockStatuses(changes);
		}
		lows.forEach(this.events::publishEvent);
	}

	/**
	 * A stock row after a change, with what it was before.
	 */
	record Transition(StockRow after, int availableBefore, int thresholdBefore) {

	}

}
