package io.mercato.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The brand fields a partial change gives; {@code null} means "unchanged" (a replacement
 * removes a logo).
 *
 * @param name the new name, or {@code null}
 * @param logoUrl the new logo, or {@code null}
 */
public record BrandPatch(@Nullable String name, @Nullable String logoUrl) {

	/**
	 * Returns the brand as it would be with this patch applied.
	 * @param current every field of the brand as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public BrandDraft applyTo(BrandDraft current) {
		return new BrandDraft((this.name != null) ? this.name : current.name(),
				(this.logoUrl != null) ? this.logoUrl : current.logoUrl());
	}

}
