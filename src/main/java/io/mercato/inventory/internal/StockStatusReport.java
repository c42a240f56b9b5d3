package io.mercato.inventory.internal;

import java.util.List;

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
	 * Tells the catalog of every status change and publishes {@link StockLow} for every
	 * fall to the threshold, in product-id order (the catalog's rows are locked in that
	 * order too).
	 * @param catalogStatus the status the catalog showed before, when known: a status
	 * that differs from it is reported even when the stock's did not change, which heals
	 * any drift
	 */
	void report(List<Transition> transitions, StockStatus catalogStatus) {
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
	 * A stock row after a change, with what it was before.
	 */
	record Transition(StockRow after, int availableBefore, int thresholdBefore) {

	}

}
