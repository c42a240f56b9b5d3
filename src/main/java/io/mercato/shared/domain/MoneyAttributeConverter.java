package io.mercato.shared.domain;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Money} in {@code numeric(12,2)} columns; applied to every {@code Money}
 * attribute without annotation.
 */
@Converter(autoApply = true)
class MoneyAttributeConverter implements AttributeConverter<Money, BigDecimal> {

	@Override
	public BigDecimal convertToDatabaseColumn(Money money) {
		return (money != null) ? money.amount() : null;
	}

	@Override
	public Money convertToEntityAttribute(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : null;
	}

}
