package io.mercato.promotions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * Every editable field of a promotion, as a new promotion or a replacement gives them.
 * The optional fields left {@code null} mean "none". The rules named below are checked by
 * the promotions module, which answers their breach with field errors named as the JSON
 * fields.
 *
 * @param code 3 to 32 letters, digits, dashes or underscores, unique among live
 * promotions whatever its case and stored upper-case; {@code null} for an automatic
 * promotion, which applies without a code
 * @param name what customers see it called, 1 to 200 characters
 * @param description free text, at most 2000 characters; {@code null} for none
 * @param type how the value discounts
 * @param value a percentage greater than 0 and at most 100, or a fixed amount greater
 * than 0
 * @param startsAt when it starts to apply
 * @param endsAt when it stops applying, after {@code startsAt}
 * @param minimumSubtotal what the lines its scope matches must add up to at least, or
 * {@code null}
 * @param usageLimit how many uses all customers together may take, at least 1, or
 * {@code null} for no limit
 * @param perCustomerLimit how many uses one customer may take, at least 1, or
 * {@code null} for no limit
 * @param scope which lines it discounts
 * @param categoryIds the categories of a {@link PromotionScope#CATEGORIES} promotion (1
 * to 100); empty otherwise
 * @param productIds the products of a {@link PromotionScope#PRODUCTS} promotion (1 to
 * 100); empty otherwise
 * @param shopkeeperId the shopkeeper of a {@link PromotionScope#SHOPKEEPER} promotion;
 * {@code null} otherwise
 * @param active whether it may apply at all
 */
public record PromotionDraft(@Nullable String code, String name, @Nullable String description, PromotionType type,
		Money value, Instant startsAt, Instant endsAt, @Nullable Money minimumSubtotal, @Nullable Integer usageLimit,
		@Nullable Integer perCustomerLimit, PromotionScope scope, List<UUID> categoryIds, List<UUID> productIds,
		@Nullable UUID shopkeeperId, boolean active) {

	public PromotionDraft {
		description = (description != null) ? description : "";
		categoryIds = (categoryIds != null) ? List.copyOf(categoryIds) : List.of();
		productIds = (productIds != null) ? List.copyOf(productIds) : List.of();
	}

}
