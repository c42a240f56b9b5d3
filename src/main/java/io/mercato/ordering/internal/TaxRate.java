package io.mercato.ordering.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.ordering.TaxRateDraft;
import io.mercato.ordering.TaxRateView;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.CountryCodes;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;

/**
 * What an order pays in tax in a country, or in one region of it: a percentage of the
 * discounted subtotal, and of shipping where the rate says so.
 * <p>
 * Every change checks every rule of the rate (answering their breach with field errors
 * named as the API names the fields): a real ISO 3166-1 alpha-2 country in upper case; a
 * region of at most 100 characters, blank meaning none; a name of 1 to 100 characters; a
 * rate from 0 to 100 with at most three decimals. Text is stored trimmed. That a country
 * has at most one rate for each region (in any case) is the database's unique index.
 */
@Entity
@Table(schema = "ordering", name = "tax_rate")
class TaxRate extends AbstractAggregateRoot {

	static final int MAX_REGION_LENGTH = 100;

	static final int MAX_NAME_LENGTH = 100;

	/** The decimals a rate may have, as {@code numeric(6,3)} keeps them. */
	static final int RATE_SCALE = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private String country;

	private @Nullable String region;

	private String name;

	private BigDecimal rate;

	@Column(name = "applies_to_shipping")
	private boolean appliesToShipping;

	protected TaxRate() {
	}

	/**
	 * Creates a rate.
	 * @throws InvalidFieldsException for every rule the draft breaks
	 */
	TaxRate(TaxRateDraft draft) {
		change(draft);
	}

	/**
	 * Replaces every field; a draft without a region makes the rate country-wide.
	 * @throws InvalidFieldsException for every rule the draft breaks
	 */
	void change(TaxRateDraft draft) {
		check(draft);
		this.country = draft.country();
		this.region = region(draft.region());
		this.name = draft.name().strip();
		this.rate = draft.rate().setScale(RATE_SCALE);
		this.appliesToShipping = draft.appliesToShipping();
	}

	TaxRateDraft toDraft() {
		return new TaxRateDraft(this.country, this.region, this.name, this.rate, this.appliesToShipping);
	}

	TaxRateView toView() {
		return new TaxRateView(getId(), this.country, this.region, this.name, this.rate, this.appliesToShipping,
				getVersion(), getCreatedAt(), getUpdatedAt());
	}

	String getCountry() {
		return this.country;
	}

	/**
	 * Checks every rule of a tax rate.
	 * @throws InvalidFieldsException naming every field that breaks one
	 */
	static void check(TaxRateDraft draft) {
		List<InvalidField> errors = violations(draft);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	/**
	 * The region as the unique index keys it, before the database's {@code lower}:
	 * trimmed, {@code ""} for none.
	 */
	static String regionKey(@Nullable String region) {
		String stored = region(region);
		return (stored != null) ? stored : "";
	}

	/**
	 * Returns every rule of a tax rate that the draft breaks, as field errors; none when
	 * it is valid.
	 */
	static List<InvalidField> violations(TaxRateDraft draft) {
		List<InvalidField> errors = new ArrayList<>();
		if (!isCountry(draft.country())) {
			errors.add(new InvalidField("country",
					"must be an ISO 3166-1 alpha-2 country code in upper case, such as DE"));
		}
		String region = region(draft.region());
		if (region != null && region.codePointCount(0, region.length()) > MAX_REGION_LENGTH) {
			errors.add(new InvalidField("region", "must be at most " + MAX_REGION_LENGTH + " characters"));
		}
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			errors.add(new InvalidField("name", "must be 1 to " + MAX_NAME_LENGTH + " characters long"));
		}
		checkRate(draft.rate(), errors);
		return errors;
	}

	/**
	 * Whether the text is a country a rate may name.
	 * @return {@code true} for an upper-case ISO 3166-1 alpha-2 code, such as {@code DE}
	 */
	static boolean isCountry(@Nullable String country) {
		return CountryCodes.isKnown(country);
	}

	/** The region as stored: trimmed, {@code null} when missing or blank. */
	static @Nullable String region(@Nullable String region) {
		return (region == null || region.isBlank()) ? null : region.strip();
	}

	private static void checkRate(@Nullable BigDecimal rate, List<InvalidField> errors) {
		if (rate == null) {
			errors.add(new InvalidField("rate", "is required"));
		}
		else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
			errors.add(new InvalidField("rate", "must be a percentage from 0 to 100"));
		}
		else if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
			errors.add(new InvalidField("rate", "must have at most three decimals"));
		}
	}

}
