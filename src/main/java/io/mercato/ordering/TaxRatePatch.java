package io.mercato.ordering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a tax rate a partial change gives; {@code null} means "unchanged".
 *
 * @param country the new country, or {@code null}
 * @param region the new region, a blank one to make the rate country-wide, or
 * {@code null}
 * @param name the new name, or {@code null}
 * @param rate the new percentage, or {@code null}
 * @param appliesToShipping whether shipping is taxed, or {@code null}
 */
public record TaxRatePatch(@Nullable String country, @Nullable String region, @Nullable String name,
		@Nullable BigDecimal rate, @Nullable Boolean appliesToShipping) {

	/**
	 * Returns the rate as it would be with this patch applied.
	 * @param current every field of the rate as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public TaxRateDraft applyTo(TaxRateDraft current) {
		return new TaxRateDraft((this.country != null) ? this.country : current.country(),
				(this.region != null) ? this.region : current.region(),
				(this.name != null) ? this.name : current.name(), (this.rate != null) ? this.rate : current.rate(),
				(this.appliesToShipping != null) ? this.appliesToShipping : current.appliesToShipping());
	}

}
