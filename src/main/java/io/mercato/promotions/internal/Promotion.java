package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.promotions.PromotionDraft;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.promotions.PromotionView;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * A discount, by code or automatic, and who created it. Every change goes through a
 * method named for it, which checks the promotion's value rules and answers their breach
 * with field errors named as the API names the fields. Whether its categories and
 * products exist, whether its code is free and what its owner may choose are the
 * service's to check.
 * <p>
 * Its usage count is never written from here: uses are taken and given back by
 * conditional updates under the row lock ({@link PricingRepository}), so an edit never
 * writes back a count it read before a checkout changed it.
 */
@Entity
@Table(schema = "promotions", name = "promotion")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class Promotion extends AbstractAggregateRoot {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{3,32}");

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_DESCRIPTION_LENGTH = 2000;

	static final int MAX_SCOPE_IDS = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private String code;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private PromotionType type;

	private Money value;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "minimum_subtotal")
	private Money minimumSubtotal;

	@Column(name = "usage_limit")
	private Integer usageLimit;

	@Column(name = "per_customer_limit")
	private Integer perCustomerLimit;

	@Column(name = "usage_count", insertable = false, updatable = false)
	private int usageCount;

	@Enumerated(EnumType.STRING)
	private PromotionScope scope;

	@Column(name = "category_ids")
	private UUID[] categoryIds;

	@Column(name = "product_ids")
	private UUID[] productIds;

	@Column(name = "shopkeeper_id")
	private UUID shopkeeperId;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "owner_id", updatable = false)
	private UUID ownerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "owner_role", updatable = false)
	private Role ownerRole;

	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	protected Promotion() {
	}

	/**
	 * Creates a promotion with no uses, owned by its creator.
	 * @throws InvalidFieldsException for every rule the draft breaks
	 */
	Promotion(UUID ownerId, Role ownerRole, PromotionDraft draft) {
		this.ownerId = ownerId;
		this.ownerRole = ownerRole;
		edit(draft);
	}

	/**
	 * Returns every value rule of a promotion that the draft breaks, as field errors;
	 * none when it may be stored.
	 */
	static List<InvalidField> violations(PromotionDraft draft) {
		List<InvalidField> errors = new ArrayList<>();
		if (draft.code() != null && !CODE.matcher(normalizedCode(draft.code())).matches()) {
			errors.add(new InvalidField("code", "must be 3 to 32 letters, digits, dashes or underscores"));
		}
		int nameLength = (draft.name() != null) ? draft.name().trim().length() : 0;
		if (nameLength < 1 || nameLength > MAX_NAME_LENGTH) {
			errors.add(new InvalidField("name", "must be 1 to " + MAX_NAME_LENGTH + " characters long"));
		}
		if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION_LENGTH) {
			errors.add(new InvalidField("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
		}
		checkValue(draft.type(), draft.value(), errors);
		checkWindow(draft.startsAt(), draft.endsAt(), errors);
		if (draft.minimumSubtotal() != null && draft.minimumSubtotal().isNegative()) {
			errors.add(new InvalidField("minimum_subtotal", "must not be negative"));
		}
		if (draft.usageLimit() != null && draft.usageLimit() < 1) {
			errors.add(new InvalidField("usage_limit", "must be at least 1"));
		}
		if (draft.perCustomerLimit() != null && draft.perCustomerLimit() < 1) {
			errors.add(new InvalidField("per_customer_limit", "must be at least 1"));
		}
		checkScope(draft, errors);
		return errors;
	}

	/**
	 * Returns the code as it is stored: trimmed and upper-case, so that {@code spring-10}
	 * and {@code SPRING-10} are the same code.
	 */
	static String normalizedCode(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	/**
	 * Takes every field of the draft: its terms, its scope and whether it is active.
	 * @throws InvalidFieldsException for every rule the draft breaks, before anything
	 * changes
	 */
	void edit(PromotionDraft draft) {
		reject(violations(draft));
		this.code = (draft.code() != null) ? normalizedCode(draft.code()) : null;
		this.name = draft.name().trim();
		this.description = draft.description();
		this.type = draft.type();
		this.value = draft.value();
		this.startsAt = draft.startsAt();
		this.endsAt = draft.endsAt();
		this.minimumSubtotal = draft.minimumSubtotal();
		this.usageLimit = draft.usageLimit();
		this.perCustomerLimit = draft.perCustomerLimit();
		this.scope = draft.scope();
		this.categoryIds = draft.categoryIds().toArray(UUID[]::new);
		this.productIds = draft.productIds().toArray(UUID[]::new);
		this.shopkeeperId = draft.shopkeeperId();
		if (draft.active()) {
			activate();
		}
		else {
			deactivate();
		}
	}

	/**
	 * Lets the promotion apply again within its window.
	 */
	void activate() {
		this.active = true;
	}

	/**
	 * Stops the promotion from applying; uses already taken stay.
	 */
	void deactivate() {
		this.active = false;
	}

	boolean isOwnedBy(UUID userId) {
		return this.ownerId.equals(userId);
	}

	String getCode() {
		return this.code;
	}

	PromotionDraft toDraft() {
		return new PromotionDraft(this.code, this.name, this.description, this.type, this.value, this.startsAt,
				this.endsAt, this.minimumSubtotal, this.usageLimit, this.perCustomerLimit, this.scope,
				List.of(this.categoryIds), List.of(this.productIds), this.shopkeeperId, this.active);
	}

	PromotionView toView() {
		return new PromotionView(getId(), this.code, this.name, this.description, this.type, this.value, this.startsAt,
				this.endsAt, this.minimumSubtotal, this.usageLimit, this.perCustomerLimit, this.usageCount, this.scope,
				List.of(this.categoryIds), List.of(this.productIds), this.shopkeeperId, this.active, this.ownerId,
				getCreatedAt(), getUpdatedAt());
	}

	private static void reject(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	private static void checkValue(PromotionType type, Money value, List<InvalidField> errors) {
		if (type == null) {
			errors.add(new InvalidField("type", "is required"));
		}
		if (value == null) {
			errors.add(new InvalidField("value", "is required"));
		}
		else if (type == PromotionType.PERCENTAGE && (!value.isPositive() || value.amount().compareTo(HUNDRED) > 0)) {
			errors.add(new InvalidField("value", "a percentage must be greater than 0 and at most 100"));
		}
		else if (type == PromotionType.FIXED && !value.isPositive()) {
			errors.add(new InvalidField("value", "a fixed amount must be greater than 0"));
		}
	}

	private static void checkWindow(Instant startsAt, Instant endsAt, List<InvalidField> errors) {
		if (startsAt == null) {
			errors.add(new InvalidField("starts_at", "is required"));
		}
		if (endsAt == null) {
			errors.add(new InvalidField("ends_at", "is required"));
		}
		else if (startsAt != null && !endsAt.isAfter(startsAt)) {
			errors.add(new InvalidField("ends_at", "must be after starts_at"));
		}
	}

	private static void checkScope(PromotionDraft draft, List<InvalidField> errors) {
		PromotionScope scope = draft.scope();
		if (scope == null) {
			errors.add(new InvalidField("scope", "is required"));
			return;
		}
		checkIds("category_ids", draft.categoryIds(), scope == PromotionScope.CATEGORIES, scope, errors);
		checkIds("product_ids", draft.productIds(), scope == PromotionScope.PRODUCTS, scope, errors);
		if (scope == PromotionScope.SHOPKEEPER && draft.shopkeeperId() == null) {
			errors.add(new InvalidField("shopkeeper_id", "is required for the scope SHOPKEEPER"));
		}
		else if (scope != PromotionScope.SHOPKEEPER && draft.shopkeeperId() != null) {
			errors.add(new InvalidField("shopkeeper_id", "is only for the scope SHOPKEEPER"));
		}
	}

	private static void checkIds(String field, List<UUID> ids, boolean required, PromotionScope scope,
			List<InvalidField> errors) {
		if (required && ids.isEmpty()) {
			errors.add(new InvalidField(field, "must name at least one for the scope " + scope));
		}
		else if (!required && !ids.isEmpty()) {
			errors.add(new InvalidField(field, "must be empty for the scope " + scope));
		}
		else if (ids.size() > MAX_SCOPE_IDS) {
			errors.add(new InvalidField(field, "must be at most " + MAX_SCOPE_IDS));
		}
		else if (new HashSet<>(ids).size() != ids.size()) {
			errors.add(new InvalidField(field, "must not repeat an id"));
		}
	}

}
