package io.mercato.catalog;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The orderings of the product list, as the {@code ordering} parameter names them.
 */
public enum ProductOrdering {

	/** Newest first (the default). */
	NEWEST("-created_at"),

	/** Oldest first. */
	OLDEST("created_at"),

	/** Cheapest first. */
	PRICE_ASCENDING("price"),

	/** Dearest first. */
	PRICE_DESCENDING("-price"),

	/** A to Z. */
	NAME_ASCENDING("name"),

	/** Z to A. */
	NAME_DESCENDING("-name"),

	/** Best match of the search first (the default with {@code search}). */
	RELEVANCE("-relevance");

	private final String parameter;

	ProductOrdering(String parameter) {
		this.parameter = parameter;
	}

	/**
	 * Returns the value of the {@code ordering} parameter that names this ordering, also
	 * its JSON form (so that the API document lists these values).
	 * @return such as {@code -price}
	 */
	@JsonValue
	public String parameter() {
		return this.parameter;
	}

	/**
	 * Reads the {@code ordering} parameter.
	 * @param parameter such as {@code -price}
	 * @return the ordering, empty when the parameter names none
	 */
	public static Optional<ProductOrdering> of(String parameter) {
		return Arrays.stream(values()).filter((ordering) -> ordering.parameter.equals(parameter)).findFirst();
	}

}
