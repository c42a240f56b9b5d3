package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * Everything an order is placed with: the one command both ways in end in (the cart's
 * checkout and the direct order API). The lines name products by id or SKU; prices come
 * from the catalog, never from the command, which may only state what it expects them to
 * be.
 *
 * @param customer who orders
 * @param lines what is ordered, at least one line
 * @param shipTo where it goes
 * @param billTo the billing address, or {@code null} to bill the shipping address
 * @param shippingMethod the code of the shipping method chosen, or {@code null} for the
 * cheapest that ships there
 * @param shippingCost what shipping costs when an admin sets it, or {@code null} to price
 * it with the method's rates; the caller decides who may set it
 * @param paymentMethod how the customer pays
 * @param promotionCode the code entered, or {@code null} for the best automatic promotion
 * @param notes the customer's note to the shop, or {@code null}
 * @param expectedSubtotal the subtotal the customer was shown, or {@code null}; a
 * different subtotal now is refused with {@code price_changed}
 */
public record PlaceOrder(OrderCustomer customer, List<Line> lines, ShipTo shipTo, @Nullable OrderAddress billTo,
		@Nullable String shippingMethod, @Nullable Money shippingCost, PaymentMethod paymentMethod,
		@Nullable String promotionCode, @Nullable String notes, @Nullable Money expectedSubtotal) {

	public PlaceOrder {
		lines = List.copyOf(lines);
	}

	/**
	 * One line of the command.
	 *
	 * @param productId the product, or {@code null} when named by SKU
	 * @param sku the product's SKU, or {@code null} when named by id
	 * @param quantity how many, 1 to 1000
	 * @param expectedUnitPrice the price the customer was shown, or {@code null}; a
	 * different current price is refused with {@code price_changed}
	 */
	public record Line(@Nullable UUID productId, @Nullable String sku, int quantity,
			@Nullable Money expectedUnitPrice) {

		/**
		 * A line naming its product by id.
		 * @param productId the product
		 * @param quantity how many
		 * @return the line
		 */
		public static Line of(UUID productId, int quantity) {
			return new Line(productId, null, quantity, null);
		}

	}

}
