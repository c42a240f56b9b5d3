package io.mercato.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tax rate as admins see it.
 *
 * @param id the rate
 * @param country its ISO 3166-1 alpha-2 country
 * @param region the part of the country it is for, as stored; {@code null} for the
 * country-wide rate
 * @param name what the tax is called
 * @param rate the percentage, with exactly three decimals ({@code 19.000})
 * @param appliesToShipping whether shipping is taxed as well as the goods
 * @param version the optimistic-locking version
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record TaxRateView(UUID id, String country, @Nullable String region, String name, BigDecimal rate,
		boolean appliesToShipping, long version, Instant createdAt, Instant updatedAt) {

}
