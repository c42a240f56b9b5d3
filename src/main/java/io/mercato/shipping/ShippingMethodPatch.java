package io.mercato.shipping;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a shipping method a partial change gives; {@code null} means "unchanged".
 * Rules given replace all of the method's rules.
 *
 * @param code the method's code as it is (a code never changes), or {@code null}
 * @param name the new name, or {@code null}
 * @param carrier the new carrier, or {@code null}
 * @param active whether quotes offer it, or {@code null}
 * @param estimatedDaysMin the new fewest days, or {@code null}
 * @param estimatedDaysMax the new most days, or {@code null}
 * @param rules every rule of the method, or {@code null}
 */
public record ShippingMethodPatch(@Nullable String code, @Nullable String name, @Nullable String carrier,
		@Nullable Boolean active, @Nullable Integer estimatedDaysMin, @Nullable Integer estimatedDaysMax,
		@Nullable List<RateRule> rules) {

	/**
	 * Returns the method as it would be with this patch applied.
	 * @param current every field of the method as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public ShippingMethodDraft applyTo(ShippingMethodDraft current) {
		return new ShippingMethodDraft((this.code != null) ? this.code : current.code(),
				(this.name != null) ? this.name : current.name(),
				(this.carrier != null) ? this.carrier : current.carrier(),
				(this.active != null) ? this.active : current.active(),
				(this.estimatedDaysMin != null) ? this.estimatedDaysMin : current.estimatedDaysMin(),
				(this.estimatedDaysMax != null) ? this.estimatedDaysMax : current.estimatedDaysMax(),
				(this.rules != null) ? this.rules : current.rules());
	}

}
