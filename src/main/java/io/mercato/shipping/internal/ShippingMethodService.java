package io.mercato.shipping.internal;

import java.util.Map;
import java.util.UUID;

import io.mercato.shared.database.Constraints;
import io.mercato.shipping.ShippingAdministration;
import io.mercato.shipping.ShippingException;
import io.mercato.shipping.ShippingMethodDraft;
import io.mercato.shipping.ShippingMethodPatch;
import io.mercato.shipping.ShippingMethodView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ShippingMethodService implements ShippingAdministration {

	private final ShippingMethodRepository methods;

	private final RateTable rates;

	ShippingMethodService(ShippingMethodRepository methods, RateTable rates) {
		this.methods = methods;
		this.rates = rates;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ShippingMethodView> methods(Pageable page) {
		return this.methods.findAllByOrderByCodeAscIdAsc(page).map(ShippingMethod::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public ShippingMethodView method(UUID id) {
		return find(id).toView();
	}

	@Override
	public ShippingMethodView createMethod(ShippingMethodDraft draft) {
		ShippingMethod method = new ShippingMethod(draft);
		if (this.rates.isCodeTaken(draft.code())) {
			throw new ShippingException.MethodCodeTaken();
		}
		// a racing creator of the same code passed the same check: the unique constraint
		// answers it the same way
		return Constraints
			.translate(() -> this.methods.saveAndFlush(method),
					Map.of("shipping_method_code_key", ShippingException.MethodCodeTaken::new))
			.toView();
	}

	@Override
	public ShippingMethodView replaceMethod(UUID id, ShippingMethodDraft draft) {
		return change(find(id), draft);
	}

	@Override
	public ShippingMethodView patchMethod(UUID id, ShippingMethodPatch patch) {
		ShippingMethod method = find(id);
		return change(method, patch.applyTo(method.toDraft()));
	}

	@Override
	public void deleteMethod(UUID id) {
		this.methods.delete(find(id));
	}

	private ShippingMethodView change(ShippingMethod method, ShippingMethodDraft draft) {
		method.change(draft);
		return this.methods.saveAndFlush(method).toView();
	}

	private ShippingMethod find(UUID id) {
		return this.methods.findById(id).orElseThrow(ShippingException.MethodNotFound::new);
	}

}
