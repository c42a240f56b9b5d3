package io.mercato.promotions;

import io.mercato.shared.domain.DomainException;

/**
 * A request the promotions module refuses. The subclasses are the cases callers tell
 * apart; each names its kind of refusal and stable code in its constructor.
 */
public abstract class PromotionsException extends DomainException {

	protected PromotionsException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No such promotion the caller may manage: unknown, deleted, or another shopkeeper's
	 * (404 {@code promotion_not_found}).
	 */
	public static class PromotionNotFound extends PromotionsException {

		public PromotionNotFound() {
			super(Refusal.NOT_FOUND, "promotion_not_found", "There is no such promotion.");
		}

	}

	/**
	 * Another live promotion has the code, in any case (409
	 * {@code promotion_code_taken}).
	 */
	public static class CodeTaken extends PromotionsException {

		public CodeTaken() {
			super(Refusal.CONFLICT, "promotion_code_taken", "Another promotion has this code.");
		}

	}

	/**
	 * Only shopkeepers an admin verified, and who are active, may create or change
	 * promotions (403 {@code shopkeeper_not_verified}).
	 */
	public static class ShopkeeperNotVerified extends PromotionsException {

		public ShopkeeperNotVerified() {
			super(Refusal.FORBIDDEN, "shopkeeper_not_verified",
					"An admin must verify your shop before you can create or change promotions.");
		}

	}

	/**
	 * The reference already holds a use of a promotion (409
	 * {@code promotion_already_redeemed}); a reference redeems once, and again only after
	 * its use was released.
	 */
	public static class AlreadyRedeemed extends PromotionsException {

		public AlreadyRedeemed(String reference) {
			super(Refusal.CONFLICT, "promotion_already_redeemed",
					"The reference " + reference + " already holds a use of a promotion.");
		}

	}

}
