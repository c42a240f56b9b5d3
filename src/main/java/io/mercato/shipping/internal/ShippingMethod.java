package io.mercato.shipping.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shipping.Destination;
import io.mercato.shipping.RateRule;
import io.mercato.shipping.ShippingMethodDraft;
import io.mercato.shipping.ShippingMethodView;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * A way to ship an order, with what it charges to each zone of destinations. Its code
 * names it for good: it is set once and never changes. Deleting is soft, so the code
 * stays taken.
 * <p>
 * Every change checks every rule of the method (answering their breach with field errors
 * named as the API names the fields): a code of lower-case letters, digits, {@code -} and
 * {@code _}; delivery days from 0 to 365, the fewest not above the most; 1 to 50 rules,
 * amounts zero or more, real ISO countries, at most one rule for every country and no
 * country in two rules. Rules are replaced whole.
 */
@Entity
@Table(schema = "shipping", name = "shipping_method")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class ShippingMethod extends AbstractAggregateRoot {

	static final int MAX_CODE_LENGTH = 50;

	static final int MAX_NAME_LENGTH = 100;

	static final int MAX_DAYS = 365;

	static final int MAX_RULES = 50;

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_CODE_LENGTH - 1) + "}");

	private String code;

	private String name;

	private String carrier;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "estimated_days_min")
	private int estimatedDaysMin;

	@Column(name = "estimated_days_max")
	private int estimatedDaysMax;

	// the admin list reads the rules of a whole page in one query
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "method_id", insertable = false, updatable = false)
	@OrderBy("position")
	@BatchSize(size = 100)
	private List<Rate> rules = new ArrayList<>();

	protected ShippingMethod() {
	}

	/**
	 * Creates a method.
	 * @throws InvalidFieldsException for every rule the draft breaks
	 */
	ShippingMethod(ShippingMethodDraft draft) {
		reject(violations(draft));
		this.code = draft.code();
		apply(draft);
	}

	/**
	 * Replaces every field but the code, which the draft must repeat.
	 * @throws InvalidFieldsException for another code, or every rule the draft breaks
	 */
	void change(ShippingMethodDraft draft) {
		List<InvalidField> errors = violations(draft);
		if (errors.stream().noneMatch((error) -> error.field().equals("code")) && !this.code.equals(draft.code())) {
			errors.add(0, new InvalidField("code", "cannot change; create another method instead"));
		}
		reject(errors);
		apply(draft);
	}

	private void apply(ShippingMethodDraft draft) {
		this.name = draft.name().trim();
		this.carrier = draft.carrier().trim();
		this.active = draft.active();
		this.estimatedDaysMin = draft.estimatedDaysMin();
		this.estimatedDaysMax = draft.estimatedDaysMax();
		// a change that leaves the rules alone rewrites none of their rows
		if (!draft.rules().equals(rules())) {
			this.rules.clear();
			for (int position = 0; position < draft.rules().size(); position++) {
				this.rules.add(new Rate(getId(), position, draft.rules().get(position)));
			}
		}
	}

	ShippingMethodDraft toDraft() {
		return new ShippingMethodDraft(this.code, this.name, this.carrier, this.active, this.estimatedDaysMin,
				this.estimatedDaysMax, rules());
	}

	ShippingMethodView toView() {
		return new ShippingMethodView(getId(), this.code, this.name, this.carrier, this.active, this.estimatedDaysMin,
				this.estimatedDaysMax, rules(), getVersion(), getCreatedAt(), getUpdatedAt());
	}

	/**
	 * Returns every rule of a shipping method that the draft breaks, as field errors;
	 * none when it is valid.
	 */
	static List<InvalidField> violations(ShippingMethodDraft draft) {
		List<InvalidField> errors = new ArrayList<>();
		if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
			errors.add(new InvalidField("code", "must be 1 to " + MAX_CODE_LENGTH
					+ " lower-case letters, digits, dashes or underscores, starting with a letter or digit"));
		}
		checkText("name", draft.name(), errors);
		checkText("carrier", draft.carrier(), errors);
		checkDays(draft.estimatedDaysMin(), draft.estimatedDaysMax(), errors);
		checkRules(draft.rules(), errors);
		return errors;
	}

	private static void checkText(String field, String text, List<InvalidField> errors) {
		int length = (text != null) ? text.trim().length() : 0;
		if (length < 1 || length > MAX_NAME_LENGTH) {
			errors.add(new InvalidField(field, "must be 1 to " + MAX_NAME_LENGTH + " characters long"));
		}
	}

	private static void checkDays(int min, int max, List<InvalidField> errors) {
		boolean inRange = true;
		if (min < 0 || min > MAX_DAYS) {
			errors.add(new InvalidField("estimated_days_min", "must be from 0 to " + MAX_DAYS));
			inRange = false;
		}
		if (max < 0 || max > MAX_DAYS) {
			errors.add(new InvalidField("estimated_days_max", "must be from 0 to " + MAX_DAYS));
			inRange = false;
		}
		if (inRange && min > max) {
			errors.add(new InvalidField("estimated_days_min", "must not be more than estimated_days_max"));
		}
	}

	private static void checkRules(List<RateRule> rules, List<InvalidField> errors) {
		if (rules.isEmpty() || rules.size() > MAX_RULES) {
			errors.add(new InvalidField("rules", "must be 1 to " + MAX_RULES + " rules"));
		}
		Integer everyCountryRule = null;
		Map<String, Integer> ruleOfCountry = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			RateRule rule = rules.get(i);
			String path = "rules[" + i + "]";
			if (rule == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (rule.everyCountry()) {
				if (everyCountryRule != null) {
					errors.add(new InvalidField(path + ".countries", "is missing, as in rules[" + everyCountryRule
							+ "]: only one rule may cover every country"));
				}
				else {
					everyCountryRule = i;
				}
			}
			else {
				checkCountries(path, i, rule.countries(), ruleOfCountry, errors);
			}
			checkAmount(path + ".flat_amount", rule.flatAmount(), true, errors);
			checkAmount(path + ".per_kg_amount", rule.perKgAmount(), true, errors);
			checkAmount(path + ".free_above", rule.freeAbove(), false, errors);
		}
	}

	private static void checkCountries(String path, int ruleIndex, List<String> countries,
			Map<String, Integer> ruleOfCountry, List<InvalidField> errors) {
		if (countries.isEmpty()) {
			errors.add(new InvalidField(path + ".countries",
					"must name at least one country; leave it out for every country"));
		}
		Set<String> named = new HashSet<>();
		for (int j = 0; j < countries.size(); j++) {
			String country = countries.get(j);
			String field = path + ".countries[" + j + "]";
			if (!Destination.isCountry(country)) {
				errors.add(new InvalidField(field,
						"must be an ISO 3166-1 alpha-2 country code in upper case, such as DE"));
			}
			else if (!named.add(country)) {
				errors.add(new InvalidField(field, "names " + country + " twice"));
			}
			else {
				Integer other = ruleOfCountry.putIfAbsent(country, ruleIndex);
				if (other != null) {
					errors.add(
							new InvalidField(field, "names " + country + ", which rules[" + other + "] names already"));
				}
			}
		}
	}

	private static void checkAmount(String field, Money amount, boolean required, List<InvalidField> errors) {
		if (amount == null) {
			if (required) {
				errors.add(new InvalidField(field, "is required"));
			}
		}
		else if (amount.isNegative()) {
			errors.add(new InvalidField(field, "must not be negative"));
		}
	}

	private static void reject(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	private List<RateRule> rules() {
		return this.rules.stream().map(Rate::toRule).toList();
	}

	String getCode() {
		return this.code;
	}

}
