package io.mercato.shared.web;

import java.util.List;
import java.util.Map;

import io.mercato.shared.domain.DomainException;

/**
 * Input that passed bean validation but breaks a rule only the service can check (a weak
 * password, an invalid phone number); answered 400 {@code validation_failed} with the
 * fields.
 */
public class InvalidFieldsException extends DomainException {

	private final List<InvalidField> errors;

	public InvalidFieldsException(List<InvalidField> errors) {
		this(Problems.VALIDATION_FAILED, "The request has invalid fields; see errors.", errors);
	}

	public InvalidFieldsException(String field, String message) {
		this(List.of(new InvalidField(field, message)));
	}

	/**
	 * Creates the exception with its own code, for a refusal that names fields but has a
	 * meaning of its own ({@code invalid_cursor}).
	 * @param code the stable code
	 * @param message the summary
	 * @param errors the rejected fields
	 */
	protected InvalidFieldsException(String code, String message, List<InvalidField> errors) {
		super(Refusal.INVALID, code, message);
		this.errors = List.copyOf(errors);
	}

	public List<InvalidField> errors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of(Problems.ERRORS, this.errors);
	}

}
