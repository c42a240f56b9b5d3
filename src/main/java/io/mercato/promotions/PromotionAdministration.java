package io.mercato.promotions;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Promotions as admins and shopkeepers manage them. Admins manage every promotion; a
 * verified shopkeeper manages the promotions they created, which may only discount their
 * own products (scope {@link PromotionScope#SHOPKEEPER} for themselves, or
 * {@link PromotionScope#PRODUCTS} of theirs). Another shopkeeper's promotion answers
 * {@link PromotionsException.PromotionNotFound}, as an unknown one does; customers manage
 * none. Publishes no events.
 */
public interface PromotionAdministration {

	/**
	 * Creates a promotion owned by the caller, with no uses.
	 * @param caller an admin or a shopkeeper
	 * @param draft every field
	 * @return the promotion
	 * @throws PromotionsException.ShopkeeperNotVerified for a shopkeeper an admin has not
	 * verified, or who is not active
	 * @throws PromotionsException.CodeTaken when a live promotion has the code
	 * @throws io.mercato.shared.web.InvalidFieldsException for every rule of
	 * {@link PromotionDraft} the draft breaks, an unknown category or product, a scope a
	 * shopkeeper may not choose ({@code scope}) and another shop's product or shopkeeper
	 */
	PromotionView createPromotion(CurrentUser caller, PromotionDraft draft);

	/**
	 * Returns a promotion.
	 * @param caller an admin, or the shopkeeper who created it
	 * @param promotionId the promotion
	 * @return the promotion
	 * @throws PromotionsException.PromotionNotFound for an unknown or deleted promotion,
	 * or one the caller may not manage
	 */
	PromotionView promotion(CurrentUser caller, UUID promotionId);

	/**
	 * Lists promotions, newest first: every live one for admins, their own for a
	 * shopkeeper.
	 * @param caller an admin or a shopkeeper
	 * @param active only active ({@code true}) or inactive ({@code false}) ones, or
	 * {@code null} for both
	 * @param search a fragment of the code or name, any case, or {@code null}
	 * @param pageable the page
	 * @return the page
	 */
	Page<PromotionView> promotions(CurrentUser caller, @Nullable Boolean active, @Nullable String search,
			Pageable pageable);

	/**
	 * Replaces every field of a promotion; optional fields left out are cleared. Its uses
	 * and owner stay.
	 * @param caller an admin, or the shopkeeper who created it
	 * @param promotionId the promotion
	 * @param draft every field
	 * @return the promotion as replaced
	 * @throws PromotionsException.PromotionNotFound as for {@link #promotion}
	 * @throws PromotionsException.ShopkeeperNotVerified as for {@link #createPromotion}
	 * @throws PromotionsException.CodeTaken as for {@link #createPromotion}
	 * @throws io.mercato.shared.web.InvalidFieldsException as for
	 * {@link #createPromotion}; only the categories and products the change adds are
	 * looked up
	 */
	PromotionView replacePromotion(CurrentUser caller, UUID promotionId, PromotionDraft draft);

	/**
	 * Changes the fields the patch gives, merged onto the current ones in the writing
	 * transaction.
	 * @param caller an admin, or the shopkeeper who created it
	 * @param promotionId the promotion
	 * @param patch the fields to change
	 * @return the promotion as changed
	 * @throws PromotionsException.PromotionNotFound as for {@link #promotion}
	 * @throws PromotionsException.ShopkeeperNotVerified as for {@link #createPromotion}
	 * @throws PromotionsException.CodeTaken as for {@link #createPromotion}
	 * @throws io.mercato.shared.web.InvalidFieldsException as for
	 * {@link #replacePromotion}
	 */
	PromotionView patchPromotion(CurrentUser caller, UUID promotionId, PromotionPatch patch);

	/**
	 * Deletes a promotion softly: it no longer applies, is no longer listed and frees its
	 * code, while its row and its uses stay for the orders that name them; a use released
	 * later is still given back.
	 * @param caller an admin, or the shopkeeper who created it
	 * @param promotionId the promotion
	 * @throws PromotionsException.PromotionNotFound as for {@link #promotion}
	 */
	void deletePromotion(CurrentUser caller, UUID promotionId);

}
