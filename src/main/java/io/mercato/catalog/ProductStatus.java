package io.mercato.catalog;

/**
 * Where a product is in its life.
 */
public enum ProductStatus {

	/** Being prepared; only its shopkeeper and admins see it. */
	DRAFT,

	/** For sale: listed and searchable. */
	PUBLISHED,

	/** No longer sold; kept for old orders and its shopkeeper's records. */
	ARCHIVED

}
