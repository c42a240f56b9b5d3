package io.mercato.shipping;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Shipping quotes for shoppers, guests included, for the shipping module's own HTTP
 * adapter: the items are priced and weighed from the catalog, then quoted as
 * {@link ShippingManagement#quote(Destination, List)} does. Writes nothing.
 */
public interface ShippingQuotes {

	/**
	 * Quotes every active method that ships to a saved address or a country.
	 * @param caller the caller, or {@code null} for a guest
	 * @param addressId one of the caller's addresses, or {@code null}
	 * @param country an ISO 3166-1 alpha-2 code, upper case, or {@code null}; exactly one
	 * of {@code addressId} and {@code country} is given
	 * @param postalCode the postal code with a country, or {@code null}
	 * @param items the products and units, 1 to 100 items of 1 to 1000 units
	 * @return the quote; its options are empty when no method ships there
	 * @throws ShippingException.AuthenticationRequired for an address without a caller
	 * @throws ShippingException.AddressNotFound for an address that is not the caller's
	 * @throws ShippingException.ProductUnavailable naming every item whose product is
	 * unknown, deleted or not for sale
	 * @throws io.mercato.shared.web.InvalidFieldsException when both or neither of
	 * {@code address_id} and {@code country} are given, for a country that is not an ISO
	 * code, or a postal code with an address
	 */
	ShippingQuote quote(@Nullable CurrentUser caller, @Nullable UUID addressId, @Nullable String country,
			@Nullable String postalCode, List<QuoteItem> items);

	/**
	 * Units of a product to quote shipping for.
	 *
	 * @param productId the product
	 * @param quantity the units, 1 to 1000
	 */
	record QuoteItem(UUID productId, int quantity) {

	}

	/**
	 * What shipping the items costs.
	 *
	 * @param destination where they would go
	 * @param subtotal the items' catalog prices times their units, which
	 * {@code free_above} is compared with
	 * @param weightGrams the items' known weight
	 * @param options every method that ships there, cheapest first
	 */
	record ShippingQuote(Destination destination, Money subtotal, long weightGrams, List<ShippingOption> options) {

	}

}
