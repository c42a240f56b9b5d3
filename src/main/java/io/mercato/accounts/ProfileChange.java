package io.mercato.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Values for the editable fields of a profile. What a {@code null} means is the method's:
 * {@link AccountSelfService#replaceProfile} clears the field (or refuses it where it is
 * required), {@link AccountSelfService#patchProfile} keeps it.
 *
 * @param phone phone number in international format
 * @param fullName the person's name
 * @param shopName the shop's name (shopkeepers only; refused for others)
 * @param taxNumber tax or GST number (shopkeepers only; refused for others)
 * @param orderEmails whether to mail the user about their orders; cleared means on
 */
public record ProfileChange(@Nullable String phone, @Nullable String fullName, @Nullable String shopName,
		@Nullable String taxNumber, @Nullable Boolean orderEmails) {

}
