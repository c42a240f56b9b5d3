package io.mercato.inventory.internal;

import java.util.Comparator;
import java.util.UUID;

/**
 * The one order in which every inventory transaction locks stock rows: PostgreSQL's own
 * order of {@code uuid} values (unsigned, byte by byte). {@link UUID#compareTo} compares
 * signed halves and would disagree for ids with the top bit set.
 */
final class ProductOrder {

	static final Comparator<UUID> COMPARATOR = (left, right) -> {
		int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
		return (high != 0) ? high
				: Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
	};

	private ProductOrder() {
	}

}
