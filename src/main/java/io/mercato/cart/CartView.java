package io.mercato.cart;

import java.util.List;
import java.util.UUID;

import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;

import org.jspecify.annotations.Nullable;

/**
 * A cart as its owner sees it: every line at the catalog's current price, with what the
 * stock can still give it, and the totals.
 *
 * @param id the cart
 * @param items its lines, oldest first
 * @param subtotal the lines that can be bought, at their current prices
 * @param discountTotal what the promotion takes off the subtotal
 * @param total the subtotal less the discount, before shipping and tax
 * @param promotion the promotion entered or applied automatically, or {@code null}
 * @param totalItems the units of every line
 */
public record CartView(UUID id, List<Item> items, Money subtotal, Money discountTotal, Money total,
		@Nullable Promotion promotion, int totalItems) {

	/**
	 * A line of the cart.
	 *
	 * @param id the line
	 * @param productId the product
	 * @param name the product's name now, or {@code null} when it was deleted
	 * @param slug the product's URL name, or {@code null} when it was deleted
	 * @param image the product's primary picture, or {@code null}
	 * @param unitPrice the product's price now, or {@code null} when it was deleted
	 * @param quantity the units wanted
	 * @param lineTotal unit price times quantity; zero for a line that cannot be bought
	 * @param available the units the stock can still sell
	 * @param problems what stands in the way of buying the line, none when it can be
	 */
	public record Item(UUID id, UUID productId, @Nullable String name, @Nullable String slug, @Nullable String image,
			@Nullable Money unitPrice, int quantity, Money lineTotal, int available, List<LineProblem> problems) {

	}

	/**
	 * The cart's promotion.
	 *
	 * @param code the code entered, or {@code null} for an automatic promotion
	 * @param name what the promotion is called, or {@code null} when the code does not
	 * apply
	 * @param type how it discounts, or {@code null} when the code does not apply
	 * @param applicable whether it applies to the cart now
	 * @param reason why it does not apply ({@code expired},
	 * {@code minimum_subtotal_not_met}, …), or {@code null}
	 * @param message the same for people, or {@code null}
	 */
	public record Promotion(@Nullable String code, @Nullable String name, @Nullable PromotionType type,
			boolean applicable, @Nullable String reason, @Nullable String message) {

	}

	/**
	 * What stands in the way of buying a line.
	 */
	public enum LineProblem {

		/**
		 * The product is no longer for sale: withdrawn, archived, deleted or its shop
		 * hidden.
		 */
		UNAVAILABLE,

		/** No unit of the product is available. */
		OUT_OF_STOCK,

		/** Fewer units are available than the line wants. */
		INSUFFICIENT_STOCK

	}

}
