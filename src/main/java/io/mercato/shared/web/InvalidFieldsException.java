package io.mercato.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Input that passed bean validation but breaks a rule only the service can check (a weak
 * password, an invalid phone number); answered 400 {@code validation_failed} with the
 * fields.
 */
public class InvalidFieldsException extends ErrorResponseException {

	private final List<InvalidField> errors;

	public InvalidFieldsException(List<InvalidField> errors) {
		super(HttpStatus.BAD_REQUEST, Problems.invalid(errors), null);
		this.errors = List.copyOf(errors);
	}

	public InvalidFieldsException(String field, String message) {
		this(List.of(new InvalidField(field, message)));
	}

	public List<InvalidField> errors() {
		return this.errors;
	}

}
