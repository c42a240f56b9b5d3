package io.mercato.accounts.internal;

import java.util.List;

import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyUnitTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUnrelatedPassphrase() {
		assertThatCode(() -> check("Velvet-Otter-Lantern-42", "Velvet-Otter-Lantern-42", "ada@example.com"))
			.doesNotThrowAnyException();
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		List<InvalidField> errors = errors("ada", "adb", "ada@example.com");

		assertThat(errors).extracting(InvalidField::message)
			.anyMatch((message) -> message.contains("at least 8 characters"))
			.anyMatch((message) -> message.contains("resemble your email"))
			.anyMatch((message) -> message.contains("too easy to guess"))
			.anyMatch((message) -> message.equals("does not match the password"));
		assertThat(errors).extracting(InvalidField::field).contains("password", "password_confirm");
	}

	@Test
	void judgesResemblanceToTheEmailAddress() {
		assertThat(PasswordPolicy.resemblesEmail("johnsmith99", "john.smith@example.com")).isTrue();
		assertThat(PasswordPolicy.resemblesEmail("xJohn.Smithx", "john.smith@example.com")).isTrue();
		assertThat(PasswordPolicy.resemblesEmail("Velvet-Otter-Lantern-42", "john.smith@example.com")).isFalse();
	}

	@Test
	void usesThePersonsOwnWordsWhenJudgingStrength() {
		List<InvalidField> errors = catchThrowableOfType(InvalidFieldsException.class,
				() -> this.policy.check("Zephyrine1987", "Zephyrine1987", "z@example.com", List.of("Zephyrine"),
						"password", "password_confirm"))
			.errors();

		assertThat(errors).extracting(InvalidField::message).anyMatch((message) -> message.contains("too easy"));
	}

	@Test
	void refusesPasswordsLongerThanBcryptReads() {
		String long80 = "Velvet-Otter-Lantern-42-".repeat(4);

		assertThat(errors(long80, long80, "ada@example.com")).extracting(InvalidField::message)
			.anyMatch((message) -> message.contains("at most 72 bytes"));
	}

	private void check(String password, String confirmation, String email) {
		this.policy.check(password, confirmation, email, List.of(), "password", "password_confirm");
	}

	private List<InvalidField> errors(String password, String confirmation, String email) {
		return catchThrowableOfType(InvalidFieldsException.class, () -> check(password, confirmation, email)).errors();
	}

}
