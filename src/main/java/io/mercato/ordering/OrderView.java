package io.mercato.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * An order as its customer and the admins see it; a shopkeeper sees only their lines, and
 * the totals are then their share (the sums of those lines' amounts and shares).
 *
 * @param id the order
 * @param orderNumber its human number, {@code ORD-} and 8 base32 characters
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param customerName who ordered
 * @param customerPhone their phone, or {@code null}
 * @param shippingAddress the copied shipping address, or {@code null} for free text
 * @param shippingAddressText the guest's free-text address, or {@code null}
 * @param billingAddress the copied billing address, or {@code null} when billing goes to
 * the shipping address
 * @param currency the ISO 4217 code of every amount
 * @param subtotal the lines' unit prices times their quantities
 * @param discountTotal the promotion's discount
 * @param shippingCost what shipping costs
 * @param tax the tax charged
 * @param total {@code subtotal − discountTotal + shippingCost + tax}
 * @param status where the order is
 * @param paymentStatus where its payment is
 * @param paymentMethod how it is paid
 * @param shippingMethod the code of the shipping method, or {@code null} when an admin
 * set the cost
 * @param promotionCode the code of the promotion applied, or {@code null}
 * @param taxName what the tax is called, or {@code null} without tax
 * @param taxRate the percentage charged, three decimals; a decimal string in JSON, as the
 * tax rates answer it
 * @param notes the customer's note, or {@code null}
 * @param cancellationReason why it was cancelled, or {@code null}
 * @param placedAt when it was placed
 * @param updatedAt when it last changed
 * @param reservationExpiresAt until when its stock stays reserved unpaid
 * @param paidAt when it was paid, or {@code null}
 * @param version the optimistic-locking version, the {@code ETag}
 * @param items its lines, in the order placed
 * @param history its changes of status, oldest first, starting with the placement
 */
public record OrderView(UUID id, String orderNumber, @Nullable UUID userId, String customerEmail, String customerName,
		@Nullable String customerPhone, @Nullable OrderAddress shippingAddress, @Nullable String shippingAddressText,
		@Nullable OrderAddress billingAddress, String currency, Money subtotal, Money discountTotal, Money shippingCost,
		Money tax, Money total, OrderStatus status, PaymentStatus paymentStatus, PaymentMethod paymentMethod,
		@Nullable String shippingMethod, @Nullable String promotionCode, @Nullable String taxName,
		@JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", pattern = "^[0-9]{1,3}\\.[0-9]{3}$",
				example = "19.000") BigDecimal taxRate,
		@Nullable String notes, @Nullable String cancellationReason, Instant placedAt, Instant updatedAt,
		Instant reservationExpiresAt, @Nullable Instant paidAt, long version, List<Item> items,
		List<OrderStatusChange> history) {

	public OrderView {
		items = List.copyOf(items);
		history = List.copyOf(history);
	}

	/**
	 * One line of an order.
	 *
	 * @param id the line
	 * @param productId the product
	 * @param shopkeeperId who sells it
	 * @param productName the product's name when ordered
	 * @param sku its SKU when ordered
	 * @param unitPrice its price when ordered
	 * @param quantity how many
	 * @param lineTotal {@code unitPrice × quantity}
	 * @param discountShare the line's share of the discount
	 * @param shippingShare the line's share of shipping
	 * @param taxShare the line's share of the tax
	 * @param fulfilmentStatus where the line is on its way
	 * @param carrier who carries it, once shipped
	 * @param trackingNumber the carrier's tracking number, once shipped
	 * @param shippedAt when it shipped, or {@code null}
	 */
	public record Item(UUID id, UUID productId, UUID shopkeeperId, String productName, String sku, Money unitPrice,
			int quantity, Money lineTotal, Money discountShare, Money shippingShare, Money taxShare,
			FulfilmentStatus fulfilmentStatus, @Nullable String carrier, @Nullable String trackingNumber,
			@Nullable Instant shippedAt) {

	}

}
