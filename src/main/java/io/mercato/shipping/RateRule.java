package io.mercato.shipping;

import java.util.List;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a shipping method charges to a zone of destinations. A rule that names a country
 * wins over the method's rule for every country.
 *
 * @param countries the ISO 3166-1 alpha-2 codes of the zone, or {@code null} for every
 * country
 * @param flatAmount charged for every shipment, zero or more
 * @param perKgAmount charged per started kilogram of the shipment, zero or more
 * @param freeAbove a subtotal strictly above which shipping costs nothing, or
 * {@code null} for never
 */
public record RateRule(@Nullable List<String> countries, Money flatAmount, Money perKgAmount,
		@Nullable Money freeAbove) {

	public RateRule {
		countries = (countries != null) ? List.copyOf(countries) : null;
	}

	/**
	 * Whether the rule applies to every country.
	 * @return {@code true} when it names no countries
	 */
	public boolean everyCountry() {
		return this.countries == null;
	}

}
