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

}
