package io.mercato.shipping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shipping method as admins see it.
 *
 * @param id the method
 * @param code its code, unique for good
 * @param name its name
 * @param carrier who carries the parcels
 * @param active whether quotes offer it
 * @param estimatedDaysMin the fewest days delivery takes
 * @param estimatedDaysMax the most days delivery takes
 * @param rules its rate rules, in the order given
 * @param version the optimistic-locking version
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ShippingMethodView(UUID id, String code, String name, String carrier, boolean active,
		int estimatedDaysMin, int estimatedDaysMax, List<RateRule> rules, long version, Instant createdAt,
		Instant updatedAt) {

	public ShippingMethodView {
		rules = List.copyOf(rules);
	}

}
