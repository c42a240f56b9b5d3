package io.mercato.shipping;

import java.util.List;

/**
 * Shipping as other modules use it: what each method charges to ship an order's lines to
 * a destination. Checkout shows the options and copies the one chosen into the order.
 * <p>
 * A method's price for a destination comes from its rate rule that names the destination
 * country, or, when it has none, from its rule for every country; a method with neither
 * cannot ship there. A rule's cost is its flat amount plus its amount per kilogram times
 * the shipment's weight in <em>started</em> kilograms (the lines' weights times their
 * quantities, unknown weights counting as nothing, rounded up to whole kilograms), and
 * nothing when the subtotal (the lines' unit prices times their quantities, before any
 * discount) is strictly above the rule's {@code free_above}. A cost beyond
 * {@link io.mercato.shared.domain.Money#MAX} is not offered.
 * <p>
 * Quotes read the active methods with their rules for the country in one query and write
 * nothing. They join a caller's transaction and never mark it for rollback, so a caller
 * may catch {@link ShippingException.ShippingUnavailable} and answer its own way.
 */
public interface ShippingManagement {

	/**
	 * Returns what every active method that ships to the destination charges for the
	 * lines, cheapest first (then fastest, then by code).
	 * @param destination where the shipment goes
	 * @param lines the shipment's lines, at least one
	 * @return the options; empty when no method ships there
	 * @throws IllegalArgumentException for no lines
	 */
	List<ShippingOption> quote(Destination destination, List<ShippingLine> lines);

	/**
	 * Returns what one method charges for the lines, as {@link #quote(Destination, List)}
	 * would list it.
	 * @param methodCode the method's code, as the customer chose it
	 * @param destination where the shipment goes
	 * @param lines the shipment's lines, at least one
	 * @return the method's option
	 * @throws ShippingException.ShippingUnavailable when the method is unknown, deleted
	 * or inactive, has no rate for the destination country, or its cost is beyond what an
	 * order holds
	 * @throws IllegalArgumentException for no lines
	 */
	ShippingOption quote(String methodCode, Destination destination, List<ShippingLine> lines);

}
