package io.mercato.inventory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inventory behaves; see the README for the environment variables.
 *
 * @param defaultLowStockThreshold the threshold of a product whose shopkeeper has set
 * none
 */
@ConfigurationProperties("mercato.inventory")
record InventorySettings(@DefaultValue("5") int defaultLowStockThreshold) {

	InventorySettings {
		if (defaultLowStockThreshold < 0) {
			throw new IllegalArgumentException("mercato.inventory.default-low-stock-threshold must not be negative");
		}
	}

}
