package io.mercato.promotions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * A promotion as its managers see it.
 *
 * @param id the promotion
 * @param code its code, upper-case, or {@code null} for an automatic promotion
 * @param name what customers see it called
 * @param description free text, empty for none
 * @param type how the value discounts
 * @param value the percentage or the fixed amount
 * @param startsAt when it starts to apply
 * @param endsAt when it stops applying
 * @param minimumSubtotal what the matching lines must add up to, or {@code null}
 * @param usageLimit the global usage limit, or {@code null}
 * @param perCustomerLimit the per-customer usage limit, or {@code null}
 * @param usageCount the uses taken and not given back
 * @param scope which lines it discounts
 * @param categoryIds the categories of its scope
 * @param productIds the products of its scope
 * @param shopkeeperId the shopkeeper of its scope, or {@code null}
 * @param active whether it may apply at all
 * @param ownerId the admin or shopkeeper who created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record PromotionView(UUID id, @Nullable String code, String name, String description, PromotionType type,
		Money value, Instant startsAt, Instant endsAt, @Nullable Money minimumSubtotal, @Nullable Integer usageLimit,
		@Nullable Integer perCustomerLimit, int usageCount, PromotionScope scope, List<UUID> categoryIds,
		List<UUID> productIds, @Nullable UUID shopkeeperId, boolean active, UUID ownerId, Instant createdAt,
		Instant updatedAt) {

	public PromotionView {
		categoryIds = List.copyOf(categoryIds);
		productIds = List.copyOf(productIds);
	}

	/**
	 * Whether it applies without a code.
	 * @return {@code true} for an automatic promotion
	 */
	public boolean automatic() {
		return this.code == null;
	}

}
