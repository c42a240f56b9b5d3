package io.mercato.accounts;

/**
 * New values for the editable fields of a profile. With {@code replace} every field is
 * set (a {@code null} clears it, or is refused where the field is required); without it
 * only the non-null fields change.
 *
 * @param phone phone number in international format
 * @param fullName the person's name
 * @param shopName the shop's name (shopkeepers only; refused for others)
 * @param taxNumber tax or GST number (shopkeepers only; refused for others)
 * @param replace whether absent fields are cleared (PUT) or kept (PATCH)
 */
public record ProfileChange(String phone, String fullName, String shopName, String taxNumber, boolean replace) {

}
