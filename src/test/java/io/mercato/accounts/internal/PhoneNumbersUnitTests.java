package io.mercato.accounts.internal;

import java.time.Duration;

import io.mercato.shared.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhoneNumbersUnitTests {

	@Test
	void normalizesInternationalNumbersToE164() {
		PhoneNumbers phones = phones("");

		assertThat(phones.normalize("+1 (415) 555-0123")).isEqualTo("+14155550123");
		assertThat(phones.normalize("+91 98765 43210")).isEqualTo("+919876543210");
		assertThat(phones.normalize("  ")).isNull();
	}

	@Test
	void readsNationalNumbersOnlyWithADefaultRegion() {
		assertThat(phones("IN").normalize("098765 43210")).isEqualTo("+919876543210");
		assertThatExceptionOfType(InvalidFieldsException.class).isThrownBy(() -> phones("").normalize("098765 43210"));
	}

	@Test
	void refusesNumbersThatCannotExist() {
		assertThatExceptionOfType(InvalidFieldsException.class).isThrownBy(() -> phones("").normalize("+1 555"))
			.satisfies((ex) -> assertThat(ex.errors().get(0).field()).isEqualTo("phone"));
		assertThatExceptionOfType(InvalidFieldsException.class).isThrownBy(() -> phones("").normalize("call me"));
	}

	@Test
	void readsNationalNumbersInTheRegionAskedFor() {
		PhoneNumbers phones = phones("IN");

		assertThat(phones.inE164("030 901820", "DE")).contains("+4930901820");
		assertThat(phones.inE164("+44 20 7946 0958", "DE")).contains("+442079460958");
		assertThat(phones.inE164("030 901820", null)).isEmpty();
		assertThat(phones.inE164("12345", "US")).isEmpty();
		assertThat(phones.inE164("call me", "US")).isEmpty();
	}

	private static PhoneNumbers phones(String region) {
		return new PhoneNumbers(new AccountsSettings(3, Duration.ofMinutes(15), Duration.ofDays(30),
				Duration.ofHours(48), Duration.ofHours(1), false, region, "http://localhost:3000"));
	}

}
