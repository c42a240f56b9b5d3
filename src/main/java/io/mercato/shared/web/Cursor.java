package io.mercato.shared.web;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A position in a keyset-paginated list: the ordering key values of a boundary row, and
 * the direction to read from it. Encoded as an opaque, URL-safe token; decoding rejects
 * anything that is not a token this class wrote with {@link InvalidCursorException} (400
 * {@code invalid_cursor}), and the typed accessors reject values of the wrong kind the
 * same way, so a tampered cursor can never reach SQL as a 500.
 *
 * @param values the key values by name, in the list's ordering
 */
public record Cursor(Map<String, String> values) {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final int MAX_DECIMAL_DIGITS = 20;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** The longest token accepted; real cursors are far shorter. */
	private static final int MAX_TOKEN_LENGTH = 1024;

	public Cursor {
		values = Map.copyOf(values);
	}

	/**
	 * Returns a cursor for the given key values.
	 * @param values the key values by name, kept in the order given
	 * @return the cursor
	 */
	public static Cursor of(Map<String, String> values) {
		return new Cursor(new LinkedHashMap<>(values));
	}

	/**
	 * Returns the opaque token for links.
	 * @return the token, URL-safe
	 */
	public String encode() {
		StringBuilder plain = new StringBuilder();
		this.values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			if (!plain.isEmpty()) {
				plain.append('&');
			}
			plain.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
		});
		return ENCODER.encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a token from a request.
	 * @param token the {@code cursor} query parameter
	 * @return the cursor
	 * @throws InvalidCursorException when the token is not one this API wrote
	 */
	public static Cursor decode(String token) {
		if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			throw new InvalidCursorException();
		}
		try {
			String plain = new String(DECODER.decode(token), StandardCharsets.UTF_8);
			Map<String, String> values = new LinkedHashMap<>();
			for (String pair : plain.split("&")) {
				int equals = pair.indexOf('=');
				if (equals <= 0) {
					throw new InvalidCursorException();
				}
				values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
			return new Cursor(values);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException();
		}
	}

	/**
	 * Returns a key's text.
	 * @param key the key
	 * @return its value
	 * @throws InvalidCursorException when the cursor has no such key
	 */
	public String string(String key) {
		String value = this.values.get(key);
		// PostgreSQL cannot take a NUL character in a text value
		if (value == null || value.indexOf('\u0000') >= 0) {
			throw new InvalidCursorException();
		}
		return value;
	}

	public UUID uuid(String key) {
		try {
			return UUID.fromString(string(key));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException();
		}
	}

	public Instant instant(String key) {
		Instant instant;
		try {
			instant = Instant.parse(string(key));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidCursorException();
		}
		// a forged token must not reach the database with a date it cannot compare
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw new InvalidCursorException();
		}
		return instant;
	}

	public BigDecimal decimal(String key) {
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(string(key));
		}
		catch (NumberFormatException ex) {
			throw new InvalidCursorException();
		}
		if (decimal.precision() > MAX_DECIMAL_DIGITS || Math.abs(decimal.scale()) > MAX_DECIMAL_DIGITS) {
			throw new InvalidCursorException();
		}
		return decimal;
	}

}
