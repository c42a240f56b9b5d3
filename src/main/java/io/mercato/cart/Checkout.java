package io.mercato.cart;

import java.util.UUID;

import io.mercato.addresses.AddressDraft;
import io.mercato.ordering.PaymentMethod;
import io.mercato.shared.domain.Money;

import org.jspecify.annotations.Nullable;

/**
 * What a checkout adds to the cart: where the order goes, how it ships and is paid. A
 * logged-in customer names addresses of their address book; a guest gives their contact
 * and the addresses inline. The lines and the promotion code are the cart's own.
 *
 * @param shippingAddressId a customer's shipping address, or {@code null} for a guest
 * @param billingAddressId a customer's billing address, or {@code null} to bill the
 * shipping address
 * @param customerEmail a guest's email, or {@code null} for a customer
 * @param customerName a guest's name, or {@code null} for a customer
 * @param customerPhone a guest's phone, or {@code null}
 * @param shippingAddress a guest's shipping address, or {@code null} for a customer
 * @param billingAddress a guest's billing address, or {@code null} to bill the shipping
 * address
 * @param shippingMethod the shipping method's code, or {@code null} for the cheapest that
 * ships there
 * @param paymentMethod how the order is paid
 * @param notes a note to the shop, or {@code null}
 * @param expectedSubtotal the subtotal the customer was shown, or {@code null}; another
 * subtotal now is refused with {@code price_changed}
 */
public record Checkout(@Nullable UUID shippingAddressId, @Nullable UUID billingAddressId,
		@Nullable String customerEmail, @Nullable String customerName, @Nullable String customerPhone,
		@Nullable AddressDraft shippingAddress, @Nullable AddressDraft billingAddress, @Nullable String shippingMethod,
		PaymentMethod paymentMethod, @Nullable String notes, @Nullable Money expectedSubtotal) {

	/**
	 * A logged-in customer's checkout to addresses of their book.
	 * @param shippingAddressId the shipping address
	 * @param paymentMethod how the order is paid
	 * @return the checkout, shipped by the cheapest method
	 */
	public static Checkout customer(UUID shippingAddressId, PaymentMethod paymentMethod) {
		return new Checkout(shippingAddressId, null, null, null, null, null, null, null, paymentMethod, null, null);
	}

}
