package io.mercato.shared.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads JSON strings as Jackson does and refuses those with control characters, so that
 * every request body is held to {@link ControlCharacters} before a module sees it; the
 * refusal carries the JSON path of the offending value. A number or a boolean where text
 * belongs is refused as well, rather than read as its digits ({@code "name": 42}).
 */
class TextRefusingStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		if (parser.currentToken() != null && parser.currentToken().isScalarValue()
				&& !parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_NULL)) {
			return (String) context.handleUnexpectedToken(String.class, parser);
		}
		String value = super.deserialize(parser, context);
		if (ControlCharacters.in(value)) {
			throw InvalidFormatException.from(parser, ControlCharacters.MESSAGE, value, String.class);
		}
		return value;
	}

}
