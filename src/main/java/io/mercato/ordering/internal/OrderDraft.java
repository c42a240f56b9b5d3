package io.mercato.ordering.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.ShipTo;
import io.mercato.shared.domain.Money;

/**
 * Everything checked and priced that a new {@link Order} copies.
 *
 * @param lineDiscounts each line's share of the discount, in the order of the lines
 */
record OrderDraft(UUID id, @Nullable UUID userId, @Nullable String orderTokenHash, String customerEmail,
		String customerName, @Nullable String customerPhone, ShipTo shipTo, @Nullable OrderAddress billTo,
		String currency, List<PricedLine> lines, List<Money> lineDiscounts, Money shippingCost,
		@Nullable String shippingMethod, @Nullable String shippingMethodName, @Nullable UUID promotionId,
		@Nullable String promotionCode, TaxQuote tax, PaymentMethod paymentMethod, @Nullable String notes,
		Instant placedAt, Instant reservationExpiresAt) {

}
