package io.mercato.shipping.internal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;
import io.mercato.shared.domain.Money;
import io.mercato.shipping.RateRule;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One rate rule of a shipping method, at its place in the method's order; part of the
 * {@link ShippingMethod} aggregate, which checks it.
 */
@Entity
@Table(schema = "shipping", name = "rate_rule")
class Rate extends AbstractEntity {

	@Column(name = "method_id")
	private UUID methodId;

	private int position;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "countries")
	private String[] countries;

	@Column(name = "flat_amount")
	private Money flatAmount;

	@Column(name = "per_kg_amount")
	private Money perKgAmount;

	@Column(name = "free_above")
	private Money freeAbove;

	protected Rate() {
	}

	Rate(UUID methodId, int position, RateRule rule) {
		this.methodId = methodId;
		this.position = position;
		this.countries = (rule.countries() != null) ? rule.countries().toArray(String[]::new) : null;
		this.flatAmount = rule.flatAmount();
		this.perKgAmount = rule.perKgAmount();
		this.freeAbove = rule.freeAbove();
	}

	RateRule toRule() {
		return new RateRule((this.countries != null) ? List.of(this.countries) : null, this.flatAmount,
				this.perKgAmount, this.freeAbove);
	}

}
