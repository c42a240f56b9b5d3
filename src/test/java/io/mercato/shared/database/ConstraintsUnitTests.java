package io.mercato.shared.database;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConstraintsUnitTests {

	private static final Map<String, Supplier<? extends RuntimeException>> REFUSALS = Map.of("app_user_email_key",
			() -> new IllegalStateException("email taken"));

	@Test
	void translatesTheViolationOfANamedConstraint() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Constraints.translate(() -> violate("app_user_email_key"), REFUSALS))
			.withMessage("email taken");
	}

	@Test
	void rethrowsTheViolationOfAnotherConstraint() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> Constraints.translate(() -> violate("app_user_phone_key"), REFUSALS));
	}

	@Test
	void readsTheConstraintNameFromTheServerMessageNotFromText() {
		DataIntegrityViolationException named = violation("product_sku_key");
		assertThat(Constraints.violated(named)).contains("product_sku_key");
		// a message that merely mentions a constraint names none
		assertThat(Constraints.violated(new DataIntegrityViolationException("product_sku_key"))).isEmpty();
	}

	@Test
	void returnsWhatTheWriteReturns() {
		assertThat(Constraints.translate(() -> "saved", REFUSALS)).isEqualTo("saved");
	}

	private static Object violate(String constraint) {
		throw violation(constraint);
	}

	private static DataIntegrityViolationException violation(String constraint) {
		// the fields of PostgreSQL's ErrorResponse message: severity, SQL state, text and
		// the constraint, each after its one-letter tag
		ServerErrorMessage message = new ServerErrorMessage(
				"SERROR\0C23505\0Mduplicate key value violates unique constraint\0n" + constraint + "\0");
		return new DataIntegrityViolationException("could not execute statement", new PSQLException(message));
	}

}
