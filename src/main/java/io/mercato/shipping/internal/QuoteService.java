package io.mercato.shipping.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.mercato.addresses.AddressManagement;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shipping.Destination;
import io.mercato.shipping.ShippingException;
import io.mercato.shipping.ShippingLine;
import io.mercato.shipping.ShippingManagement;
import io.mercato.shipping.ShippingOption;
import io.mercato.shipping.ShippingQuotes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipping quotes: for other modules from lines they priced, for shoppers from the
 * catalog. Reads only; a refusal never marks a caller's transaction for rollback.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = ShippingException.class)
class QuoteService implements ShippingManagement, ShippingQuotes {

	static final int MAX_ITEMS = 100;

	static final int MAX_QUANTITY = 1000;

	private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,19}");

	private static final Comparator<ShippingOption> CHEAPEST_FIRST = Comparator.comparing(ShippingOption::cost)
		.thenComparingInt(ShippingOption::estimatedDaysMax)
		.thenComparing(ShippingOption::code);

	private final RateTable rates;

	private final CatalogManagement catalog;

	private final AddressManagement addresses;

	QuoteService(RateTable rates, CatalogManagement catalog, AddressManagement addresses) {
		this.rates = rates;
		this.catalog = catalog;
		this.addresses = addresses;
	}

	@Override
	public List<ShippingOption> quote(Destination destination, List<ShippingLine> lines) {
		Shipment shipment = Shipment.of(lines);
		return options(destination, shipment);
	}

	@Override
	public ShippingOption quote(String methodCode, Destination destination, List<ShippingLine> lines) {
		Shipment shipment = Shipment.of(lines);
		return this.rates.rate(methodCode, destination.country())
			.flatMap((rate) -> rate.price(shipment.subtotal(), shipment.weightGrams()))
			.orElseThrow(() -> new ShippingException.ShippingUnavailable(methodCode, destination.country()));
	}

	@Override
	public ShippingQuote quote(CurrentUser caller, UUID addressId, String country, String postalCode,
			List<QuoteItem> items) {
		Destination destination = destination(caller, addressId, country, postalCode, items);
		Shipment shipment = Shipment.of(lines(items));
		return new ShippingQuote(destination, shipment.subtotal(), shipment.weightGrams(),
				options(destination, shipment));
	}

	private List<ShippingOption> options(Destination destination, Shipment shipment) {
		return this.rates.rates(destination.country())
			.stream()
			.map((rate) -> rate.price(shipment.subtotal(), shipment.weightGrams()))
			.flatMap(Optional::stream)
			.sorted(CHEAPEST_FIRST)
			.toList();
	}

	/**
	 * Checks the request's fields and returns where it ships to: the caller's address, or
	 * the country given.
	 */
	private Destination destination(CurrentUser caller, UUID addressId, String country, String postalCode,
			List<QuoteItem> items) {
		List<InvalidField> errors = new ArrayList<>();
		if (addressId == null && country == null) {
			errors.add(new InvalidField("country", "is required unless address_id is given"));
		}
		if (addressId != null && country != null) {
			errors.add(new InvalidField("address_id", "must not be given together with country"));
		}
		if (country != null && !Destination.isCountry(country)) {
			errors.add(new InvalidField("country",
					"must be an ISO 3166-1 alpha-2 country code in upper case, such as DE"));
		}
		if (postalCode != null) {
			if (addressId != null) {
				errors.add(new InvalidField("postal_code", "must not be given with address_id"));
			}
			else if (!POSTAL_CODE.matcher(postalCode).matches()) {
				errors.add(new InvalidField("postal_code", "must be 1 to 20 letters, digits, spaces or dashes"));
			}
		}
		checkItems(items, errors);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		if (addressId == null) {
			return new Destination(country, postalCode);
		}
		if (caller == null) {
			throw new ShippingException.AuthenticationRequired();
		}
		return this.addresses.findAddress(addressId, caller.id())
			.map(Destination::of)
			.orElseThrow(ShippingException.AddressNotFound::new);
	}

	private static void checkItems(List<QuoteItem> items, List<InvalidField> errors) {
		if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
			errors.add(new InvalidField("items", "must be 1 to " + MAX_ITEMS + " items"));
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			QuoteItem item = items.get(i);
			if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
				errors.add(new InvalidField("items[" + i + "].quantity", "must be from 1 to " + MAX_QUANTITY));
			}
		}
	}

	/**
	 * Prices and weighs the items from the catalog, in one query.
	 * @throws ShippingException.ProductUnavailable naming every item whose product is not
	 * for sale
	 */
	private List<ShippingLine> lines(List<QuoteItem> items) {
		Set<UUID> ids = items.stream().map(QuoteItem::productId).collect(Collectors.toCollection(LinkedHashSet::new));
		Map<UUID, ProductSnapshot> products = this.catalog.findProducts(ids)
			.stream()
			.filter(ProductSnapshot::isForSale)
			.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
		List<InvalidField> errors = new ArrayList<>();
		Set<UUID> unavailable = new LinkedHashSet<>();
		List<ShippingLine> lines = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			QuoteItem item = items.get(i);
			ProductSnapshot product = products.get(item.productId());
			if (product == null) {
				errors.add(new InvalidField("items[" + i + "].product_id", "is no product for sale"));
				unavailable.add(item.productId());
			}
			else {
				lines.add(ShippingLine.of(product, item.quantity()));
			}
		}
		if (!errors.isEmpty()) {
			throw new ShippingException.ProductUnavailable(errors, List.copyOf(unavailable));
		}
		return lines;
	}

	/**
	 * What a quote needs of a shipment's lines.
	 */
	record Shipment(Money subtotal, long weightGrams) {

		static Shipment of(List<ShippingLine> lines) {
			if (lines == null || lines.isEmpty()) {
				throw new IllegalArgumentException("A shipment needs at least one line");
			}
			Money subtotal = Money.ZERO;
			long grams = 0;
			for (ShippingLine line : lines) {
				subtotal = subtotal.plus(line.unitPrice().times(line.quantity()));
				if (line.weightGrams() != null) {
					grams = Math.addExact(grams, Math.multiplyExact((long) line.weightGrams(), line.quantity()));
				}
			}
			return new Shipment(subtotal, grams);
		}

	}

}
