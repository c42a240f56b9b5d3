package io.mercato.shared.web;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads timestamps as the API documents them: ISO-8601 strings of the years 0001 to 9999.
 * Jackson would also take a number as seconds since the epoch ({@code 42}, {@code 1e400})
 * and years no RFC 3339 date-time can hold ({@code +99999-01-01T00:00:00Z}), which the
 * API would then answer back in a form its own document refuses.
 */
class TimestampDeserializer extends ValueDeserializer<Instant> {

	static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		String text = parser.getString();
		Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
		if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
			throw InvalidFormatException.from(parser, "years 0001 to 9999 only", text, Instant.class);
		}
		return instant;
	}

}
