package io.mercato.promotions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * The promotion fields a partial change gives; {@code null} means "unchanged". A field
 * cannot be cleared this way (a replacement with a {@link PromotionDraft} clears what it
 * leaves out), except that a change of scope clears the ids of the old scope that the
 * patch does not give again.
 *
 * @param code the new code, or {@code null}
 * @param name the new name, or {@code null}
 * @param description the new description, or {@code null}
 * @param type the new type, or {@code null}
 * @param value the new value, or {@code null}
 * @param startsAt the new start, or {@code null}
 * @param endsAt the new end, or {@code null}
 * @param minimumSubtotal the new minimum subtotal, or {@code null}
 * @param usageLimit the new global usage limit, or {@code null}
 * @param perCustomerLimit the new per-customer usage limit, or {@code null}
 * @param scope the new scope, or {@code null}
 * @param categoryIds the new categories, or {@code null}
 * @param productIds the new products, or {@code null}
 * @param shopkeeperId the new shopkeeper, or {@code null}
 * @param active whether it may apply, or {@code null}
 */
public record PromotionPatch(@Nullable String code, @Nullable String name, @Nullable String description,
		@Nullable PromotionType type, @Nullable Money value, @Nullable Instant startsAt, @Nullable Instant endsAt,
		@Nullable Money minimumSubtotal, @Nullable Integer usageLimit, @Nullable Integer perCustomerLimit,
		@Nullable PromotionScope scope, @Nullable List<UUID> categoryIds, @Nullable List<UUID> productIds,
		@Nullable UUID shopkeeperId, @Nullable Boolean active) {

	/**
	 * Returns the promotion as it would be with this patch applied.
	 * @param current every field of the promotion as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public PromotionDraft applyTo(PromotionDraft current) {
		PromotionScope newScope = pick(this.scope, current.scope());
		boolean rescoped = newScope != current.scope();
		// ids of a scope the promotion leaves are dropped unless given again
		List<UUID> categories = pick(this.categoryIds, rescoped ? List.<UUID>of() : current.categoryIds());
		List<UUID> products = pick(this.productIds, rescoped ? List.<UUID>of() : current.productIds());
		UUID shopkeeper = pick(this.shopkeeperId, rescoped ? null : current.shopkeeperId());
		return new PromotionDraft(pick(this.code, current.code()), pick(this.name, current.name()),
				pick(this.description, current.description()), pick(this.type, current.type()),
				pick(this.value, current.value()), pick(this.startsAt, current.startsAt()),
				pick(this.endsAt, current.endsAt()), pick(this.minimumSubtotal, current.minimumSubtotal()),
				pick(this.usageLimit, current.usageLimit()), pick(this.perCustomerLimit, current.perCustomerLimit()),
				newScope, categories, products, shopkeeper, pick(this.active, current.active()));
	}

	private static <T> @Nullable T pick(@Nullable T changed, @Nullable T current) {
		return (changed != null) ? changed : current;
	}

}
