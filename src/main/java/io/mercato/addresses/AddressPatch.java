package io.mercato.addresses;

import org.jspecify.annotations.Nullable;

/**
 * The address fields a partial change gives; {@code null} means "unchanged". A field
 * cannot be cleared this way: a replacement with an {@link AddressDraft} clears what it
 * leaves out. The merged address is checked as a whole, so a new country needs a postal
 * code (and phone) that fit it.
 *
 * @param type the new type, or {@code null}
 * @param fullName the new name, or {@code null}
 * @param line1 the new first line, or {@code null}
 * @param line2 the new second line, or {@code null}
 * @param city the new city, or {@code null}
 * @param region the new region, or {@code null}
 * @param postalCode the new postal code, or {@code null}
 * @param country the new country, or {@code null}
 * @param phone the new phone number, or {@code null}
 */
public record AddressPatch(@Nullable AddressType type, @Nullable String fullName, @Nullable String line1,
		@Nullable String line2, @Nullable String city, @Nullable String region, @Nullable String postalCode,
		@Nullable String country, @Nullable String phone) {

	/**
	 * Returns the address as it would be with this patch applied.
	 * @param current every field of the address as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public AddressDraft applyTo(AddressDraft current) {
		return new AddressDraft(pick(this.type, current.type()), pick(this.fullName, current.fullName()),
				pick(this.line1, current.line1()), pick(this.line2, current.line2()), pick(this.city, current.city()),
				pick(this.region, current.region()), pick(this.postalCode, current.postalCode()),
				pick(this.country, current.country()), pick(this.phone, current.phone()));
	}

	private static <T> @Nullable T pick(@Nullable T changed, @Nullable T current) {
		return (changed != null) ? changed : current;
	}

}
