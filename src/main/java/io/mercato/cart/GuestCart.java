package io.mercato.cart;

/**
 * A new guest cart and the token that opens it.
 *
 * @param cartToken the token to send as {@code X-Cart-Token}; shown once, only its hash
 * is stored
 * @param cart the empty cart
 */
public record GuestCart(String cartToken, CartView cart) {

}
