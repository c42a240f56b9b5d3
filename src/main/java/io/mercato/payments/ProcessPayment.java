package io.mercato.payments;

import org.jspecify.annotations.Nullable;

/**
 * A customer's request to pay their order.
 *
 * @param gateway the gateway to charge through, or {@code null} for the configured
 * default; ignored for the offline methods
 * @param token the gateway's one-time token for the customer's card or account, as the
 * gateway's checkout widget gave it; never stored
 */
public record ProcessPayment(@Nullable String gateway, @Nullable String token) {

}
