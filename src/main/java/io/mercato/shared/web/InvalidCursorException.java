package io.mercato.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A {@code cursor} query parameter that this API did not write (or for another list);
 * answered 400 {@code invalid_cursor} with a field error on {@code cursor}.
 */
public class InvalidCursorException extends ErrorResponseException {

	public InvalidCursorException() {
		super(HttpStatus.BAD_REQUEST,
				Problems.invalid("invalid_cursor", "The cursor is not valid for this list.",
						List.of(new InvalidField(CursorPage.CURSOR_PARAMETER, "is not a cursor this list produced"))),
				null);
	}

}
