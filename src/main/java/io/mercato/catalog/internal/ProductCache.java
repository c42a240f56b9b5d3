package io.mercato.catalog.internal;

import java.util.Optional;
import java.util.function.Supplier;

import io.mercato.catalog.CatalogView;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.stereotype.Component;

/**
 * The cache of product details (Caffeine, through Spring's cache abstraction), by id and
 * by slug: read far more than written, emptied on every change of a product, its images,
 * its category, its brand or its stock status.
 * <p>
 * Emptying waits for the changing transaction to commit: emptied earlier, a read between
 * the change and its commit would cache the old detail again.
 */
@Component
class ProductCache {

	static final String NAME = "product-detail";

	private final Cache details;

	ProductCache(CacheManager caches) {
		this.details = new TransactionAwareCacheDecorator(caches.getCache(NAME));
	}

	/**
	 * Returns the cached detail, or loads and caches it; an unknown product is cached as
	 * absent too, until the next change.
	 */
	Optional<CatalogView.ProductDetail> get(String idOrSlug, Supplier<Optional<CatalogView.ProductDetail>> loader) {
		return Optional.ofNullable(this.details.get(idOrSlug, () -> loader.get().orElse(null)));
	}

	void evictAll() {
		this.details.clear();
	}

}
