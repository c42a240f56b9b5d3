package io.mercato.promotions.internal;

import java.util.Collections;
import java.util.List;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionManagement;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.promotions.PromotionQuote;
import io.mercato.shared.domain.Money;

import org.springframework.stereotype.Component;

// TEMPORARY until the promotions module lands: knows no promotion
@Component
class NoPromotionsYet implements PromotionManagement {

	@Override
	public PromotionQuote quote(PromotionCustomer customer, String code, List<PricingLine> lines) {
		return new PromotionQuote(null, Collections.nCopies(lines.size(), Money.ZERO), Money.ZERO,
				(code != null) ? new PromotionQuote.NotApplicable(PromotionNotApplicableException.Reason.UNKNOWN_CODE,
						"No promotion has this code.") : null);
	}

	@Override
	public PromotionQuote redeem(PromotionCustomer customer, String code, List<PricingLine> lines, String reference) {
		return quote(customer, code, lines).requireApplicable();
	}

	@Override
	public boolean release(String reference) {
		return false;
	}

}
