package io.mercato.catalog.internal;

/**
 * The cache of public product details (Caffeine, through Spring's cache abstraction):
 * read far more than written, emptied on every change of a product, its images or its
 * stock status.
 */
final class ProductCache {

	static final String NAME = "product-detail";

	private ProductCache() {
	}

}
