package io.mercato.promotions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.promotions.PromotionAdministration;
import io.mercato.promotions.PromotionDraft;
import io.mercato.promotions.PromotionPatch;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionView;
import io.mercato.promotions.PromotionsException;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotions as admins and shopkeepers manage them: the value rules are the
 * {@link Promotion}'s, the rest (who may choose which scope, whether the categories and
 * products exist and whose they are, whether the code is free) is checked here.
 */
@Service
@Transactional
class PromotionAdministrationService implements PromotionAdministration {

	private static final String CODE_CONSTRAINT = "promotion_code_key";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final PromotionRepository promotions;

	private final CatalogManagement catalog;

	PromotionAdministrationService(PromotionRepository promotions, CatalogManagement catalog) {
		this.promotions = promotions;
		this.catalog = catalog;
	}

	@Override
	public PromotionView createPromotion(CurrentUser caller, PromotionDraft draft) {
		requireStanding(caller);
		PromotionDraft own = ownShop(caller, draft);
		check(caller, own, null);
		if (own.code() != null && this.promotions.existsByCode(Promotion.normalizedCode(own.code()))) {
			throw new PromotionsException.CodeTaken();
		}
		return save(new Promotion(caller.id(), caller.role(), own)).toView();
	}

	@Override
	@Transactional(readOnly = true)
	public PromotionView promotion(CurrentUser caller, UUID promotionId) {
		return managed(caller, promotionId).toView();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PromotionView> promotions(CurrentUser caller, @Nullable Boolean active, @Nullable String search,
			Pageable pageable) {
		requireManager(caller);
		UUID owner = caller.isAdmin() ? null : caller.id();
		String pattern = (search != null && !search.isBlank())
				? "%" + escape(search.trim().toLowerCase(Locale.ROOT)) + "%" : null;
		Specification<Promotion> filters = (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (owner != null) {
				predicates.add(builder.equal(root.get("ownerId"), owner));
			}
			if (active != null) {
				predicates.add(builder.equal(root.get("active"), active));
			}
			if (pattern != null) {
				predicates.add(builder.like(root.get("searchText"), pattern, '\\'));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		return this.promotions.findAll(filters, sorted).map(Promotion::toView);
	}

	@Override
	public PromotionView replacePromotion(CurrentUser caller, UUID promotionId, PromotionDraft draft) {
		return change(caller, managed(caller, promotionId), draft);
	}

	@Override
	public PromotionView patchPromotion(CurrentUser caller, UUID promotionId, PromotionPatch patch) {
		Promotion promotion = managed(caller, promotionId);
		return change(caller, promotion, patch.applyTo(promotion.toDraft()));
	}

	@Override
	public void deletePromotion(CurrentUser caller, UUID promotionId) {
		this.promotions.delete(managed(caller, promotionId));
	}

	private PromotionView change(CurrentUser caller, Promotion promotion, PromotionDraft draft) {
		requireStanding(caller);
		PromotionDraft changed = ownShop(caller, draft);
		check(caller, changed, promotion.toDraft());
		if (changed.code() != null
				&& this.promotions.existsByCodeAndIdNot(Promotion.normalizedCode(changed.code()), promotion.getId())) {
			throw new PromotionsException.CodeTaken();
		}
		promotion.edit(changed);
		return save(promotion).toView();
	}

	/**
	 * Returns the promotion when the caller may manage it: any for an admin, their own
	 * for a shopkeeper. Anyone else learns nothing of its existence.
	 */
	private Promotion managed(CurrentUser caller, UUID promotionId) {
		return this.promotions.findById(promotionId)
			.filter((promotion) -> caller.isAdmin() || (caller.is(Role.SHOPKEEPER) && promotion.isOwnedBy(caller.id())))
			.orElseThrow(PromotionsException.PromotionNotFound::new);
	}

	/**
	 * Saves at once, so that a code another transaction took since the check is refused
	 * like one taken before it.
	 */
	private Promotion save(Promotion promotion) {
		return Constraints.translate(() -> this.promotions.saveAndFlush(promotion),
				Map.of(CODE_CONSTRAINT, PromotionsException.CodeTaken::new));
	}

	/**
	 * A shopkeeper's promotion on their shop names them without saying so.
	 */
	private static PromotionDraft ownShop(CurrentUser caller, PromotionDraft draft) {
		if (caller.isAdmin() || draft.scope() != PromotionScope.SHOPKEEPER || draft.shopkeeperId() != null) {
			return draft;
		}
		return new PromotionDraft(draft.code(), draft.name(), draft.description(), draft.type(), draft.value(),
				draft.startsAt(), draft.endsAt(), draft.minimumSubtotal(), draft.usageLimit(), draft.perCustomerLimit(),
				draft.scope(), draft.categoryIds(), draft.productIds(), caller.id(), draft.active());
	}

	private static void requireManager(CurrentUser caller) {
		if (!caller.isAdmin() && !caller.is(Role.SHOPKEEPER)) {
			throw new AccessDeniedException("Only admins and shopkeepers manage promotions");
		}
	}

	private void requireStanding(CurrentUser caller) {
		requireManager(caller);
		if (!caller.isAdmin() && !this.catalog.maySell(caller.id())) {
			throw new PromotionsException.ShopkeeperNotVerified();
		}
	}

	/**
	 * Refuses a draft that breaks a rule of the promotion, a scope the caller may not
	 * choose, or names categories, products or a shopkeeper that do not exist or, for a
	 * shopkeeper, are not theirs, naming every such field at once. Only the ids the
	 * change adds to the current ones are looked up: a product deleted since it was added
	 * does not stop its promotion from being changed.
	 */
	private void check(CurrentUser caller, PromotionDraft draft, @Nullable PromotionDraft current) {
		List<InvalidField> errors = new ArrayList<>(Promotion.violations(draft));
		PromotionScope scope = draft.scope();
		boolean shopkeeper = !caller.isAdmin();
		if (shopkeeper && (scope == PromotionScope.ALL || scope == PromotionScope.CATEGORIES)) {
			errors.add(new InvalidField("scope", "must be SHOPKEEPER or PRODUCTS for a shopkeeper's promotion"));
		}
		if (scope == PromotionScope.SHOPKEEPER && draft.shopkeeperId() != null) {
			if (shopkeeper && !draft.shopkeeperId().equals(caller.id())) {
				errors.add(new InvalidField("shopkeeper_id", "must be your own id"));
			}
			else if (!shopkeeper && !draft.shopkeeperId().equals((current != null) ? current.shopkeeperId() : null)
					&& !this.catalog.maySell(draft.shopkeeperId())) {
				errors.add(new InvalidField("shopkeeper_id", "is not a verified, active shopkeeper"));
			}
		}
		checkCategories(draft.categoryIds(), (current != null) ? current.categoryIds() : List.of(), errors);
		checkProducts(caller, draft.productIds(), (current != null) ? current.productIds() : List.of(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	private void checkCategories(List<UUID> categoryIds, List<UUID> current, List<InvalidField> errors) {
		List<UUID> added = added(categoryIds, current);
		if (added.isEmpty()) {
			return;
		}
		Set<UUID> existing = this.catalog.existingCategories(added);
		for (int i = 0; i < categoryIds.size(); i++) {
			UUID id = categoryIds.get(i);
			if (added.contains(id) && !existing.contains(id)) {
				errors.add(new InvalidField("category_ids[" + i + "]", "is not an existing category"));
			}
		}
	}

	private void checkProducts(CurrentUser caller, List<UUID> productIds, List<UUID> current,
			List<InvalidField> errors) {
		List<UUID> added = added(productIds, current);
		if (added.isEmpty()) {
			return;
		}
		Map<UUID, ProductSnapshot> found = this.catalog.findProducts(added)
			.stream()
			.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
		for (int i = 0; i < productIds.size(); i++) {
			UUID id = productIds.get(i);
			if (!added.contains(id)) {
				continue;
			}
			ProductSnapshot product = found.get(id);
			if (caller.isAdmin() && product == null) {
				errors.add(new InvalidField("product_ids[" + i + "]", "is not an existing product"));
			}
			// another shop's product is answered as an unknown one
			else if (!caller.isAdmin() && (product == null || !product.shopkeeperId().equals(caller.id()))) {
				errors.add(new InvalidField("product_ids[" + i + "]", "is not one of your products"));
			}
		}
	}

	private static List<UUID> added(List<UUID> ids, List<UUID> current) {
		Set<UUID> before = new HashSet<>(current);
		return ids.stream().filter((id) -> !before.contains(id)).distinct().toList();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
