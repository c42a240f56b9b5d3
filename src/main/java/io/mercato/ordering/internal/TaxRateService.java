package io.mercato.ordering.internal;

import java.util.Map;
import java.util.UUID;

import io.mercato.ordering.OrderingException;
import io.mercato.ordering.TaxRateAdministration;
import io.mercato.ordering.TaxRateDraft;
import io.mercato.ordering.TaxRatePatch;
import io.mercato.ordering.TaxRateView;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TaxRateService implements TaxRateAdministration {

	static final String UNIQUE_INDEX = "tax_rate_country_region_key";

	// a new rate has no id in the table yet: no row is "another" than this one
	private static final UUID NONE = new UUID(0, 0);

	private final TaxRateRepository rates;

	TaxRateService(TaxRateRepository rates) {
		this.rates = rates;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TaxRateView> taxRates(@Nullable String country, Pageable page) {
		if (country == null) {
			return this.rates.findAllInOrder(page).map(TaxRate::toView);
		}
		if (!TaxRate.isCountry(country)) {
			throw new InvalidFieldsException("country",
					"must be an ISO 3166-1 alpha-2 country code in upper case, such as DE");
		}
		return this.rates.findAllInOrderByCountry(country, page).map(TaxRate::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public TaxRateView taxRate(UUID id) {
		return find(id).toView();
	}

	@Override
	public TaxRateView createTaxRate(TaxRateDraft draft) {
		TaxRate.check(draft);
		refuseTaken(draft, NONE);
		return save(new TaxRate(draft));
	}

	@Override
	public TaxRateView replaceTaxRate(UUID id, TaxRateDraft draft) {
		return change(find(id), draft);
	}

	@Override
	public TaxRateView patchTaxRate(UUID id, TaxRatePatch patch) {
		TaxRate rate = find(id);
		return change(rate, patch.applyTo(rate.toDraft()));
	}

	@Override
	public void deleteTaxRate(UUID id) {
		this.rates.delete(find(id));
	}

	private TaxRateView change(TaxRate rate, TaxRateDraft draft) {
		// checked before the rate changes, so that the query does not flush the change
		TaxRate.check(draft);
		refuseTaken(draft, rate.getId());
		rate.change(draft);
		return save(rate);
	}

	private void refuseTaken(TaxRateDraft draft, UUID self) {
		if (this.rates.existsOther(draft.country(), TaxRate.regionKey(draft.region()), self)) {
			throw new OrderingException.TaxRateExists();
		}
	}

	private TaxRateView save(TaxRate rate) {
		// a racing writer of the same country and region passed the same check: the
		// unique index answers it the same way
		return Constraints
			.translate(() -> this.rates.saveAndFlush(rate), Map.of(UNIQUE_INDEX, OrderingException.TaxRateExists::new))
			.toView();
	}

	private TaxRate find(UUID id) {
		return this.rates.findById(id).orElseThrow(OrderingException.TaxRateNotFound::new);
	}

}
