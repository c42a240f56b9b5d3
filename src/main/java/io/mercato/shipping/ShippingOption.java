package io.mercato.shipping;

import io.mercato.shared.domain.Money;

/**
 * What one shipping method charges for a shipment: values an order copies, since the
 * method may change later.
 *
 * @param code the method's code, which names it for good
 * @param name its name now
 * @param carrier who carries the parcel
 * @param cost what shipping costs, zero or more
 * @param estimatedDaysMin the fewest days delivery takes
 * @param estimatedDaysMax the most days delivery takes
 */
public record ShippingOption(String code, String name, String carrier, Money cost, int estimatedDaysMin,
		int estimatedDaysMax) {

}
