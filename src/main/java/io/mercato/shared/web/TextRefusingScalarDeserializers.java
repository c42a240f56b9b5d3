package io.mercato.shared.web;

import io.mercato.shared.domain.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Holds the JSON strings that are read as something other than text to the rule of
 * {@link ControlCharacters} as well: Jackson trims an enum's name before looking it up
 * ({@code "CASH\u0000"} would be read as {@code CASH}), and so does {@link Money} its
 * digits, with {@link String#trim()}, which drops every control character along with the
 * spaces. The value is refused, naming its JSON path, before it is read.
 */
class TextRefusingScalarDeserializers extends ValueDeserializerModifier {

	@Override
	public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
			BeanDescription.Supplier beanDescription, ValueDeserializer<?> deserializer) {
		return new Refusing(deserializer);
	}

	@Override
	public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
			BeanDescription.Supplier beanDescription, ValueDeserializer<?> deserializer) {
		return beanDescription.getType().hasRawClass(Money.class) ? new Refusing(deserializer) : deserializer;
	}

	/**
	 * Refuses a string with control characters, and reads anything else as the delegate
	 * does.
	 */
	static final class Refusing extends DelegatingDeserializer {

		Refusing(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Refusing(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_STRING) && ControlCharacters.in(parser.getString())) {
				throw InvalidFormatException.from(parser, ControlCharacters.MESSAGE, parser.getString(), handledType());
			}
			return super.deserialize(parser, context);
		}

	}

}
