package io.mercato.shared.web;

import java.util.List;

/**
 * A {@code cursor} query parameter that this API did not write (or for another list);
 * answered 400 {@code invalid_cursor} with a field error on {@code cursor}.
 */
public class InvalidCursorException extends InvalidFieldsException {

	public InvalidCursorException() {
		super("invalid_cursor", "The cursor is not valid for this list.",
				List.of(new InvalidField(CursorPage.CURSOR_PARAMETER, "is not a cursor this list produced")));
	}

}
