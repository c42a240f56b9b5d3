package io.mercato.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorUnitTests {

	@Test
	void roundTripsTypedKeyValues() {
		UUID id = UUID.randomUUID();
		Instant createdAt = Instant.parse("2026-11-22T10:15:30.123456Z");
		Cursor cursor = Cursor.of(Map.of("id", id.toString(), "created_at", createdAt.toString(), "price", "10.50"));

		Cursor decoded = Cursor.decode(cursor.encode());

		assertThat(decoded.uuid("id")).isEqualTo(id);
		assertThat(decoded.instant("created_at")).isEqualTo(createdAt);
		assertThat(decoded.decimal("price")).isEqualByComparingTo(new BigDecimal("10.50"));
	}

	@Test
	void keepsSeparatorsInsideValues() {
		Cursor cursor = Cursor.of(Map.of("name", "a&b=c d/é"));

		assertThat(Cursor.decode(cursor.encode()).string("name")).isEqualTo("a&b=c d/é");
		assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void rejectsTokensItDidNotWrite() {
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> Cursor.decode("garbage!"));
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> Cursor.decode(""));
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> Cursor.decode("x".repeat(2000)));
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> Cursor.decode("bm9wYWlycw"));
	}

	@Test
	void rejectsMissingOrMistypedKeys() {
		Cursor cursor = Cursor.decode(Cursor.of(Map.of("id", "not-a-uuid", "price", "cheap")).encode());

		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> cursor.uuid("id"));
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> cursor.decimal("price"));
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> cursor.instant("created_at"));
	}

}
