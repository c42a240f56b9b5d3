package io.mercato.shared.web;

import java.util.UUID;

import io.mercato.shared.domain.Money;
import io.mercato.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerUnitTests {

	@Test
	void translatesJavaPropertyPathsToJsonPaths() {
		assertThat(ApiExceptionHandler.snakeCasePath("unitPrice")).isEqualTo("unit_price");
		assertThat(ApiExceptionHandler.snakeCasePath("items[0].unitPrice")).isEqualTo("items[0].unit_price");
		assertThat(ApiExceptionHandler.snakeCasePath("shippingAddress.postalCode"))
			.isEqualTo("shipping_address.postal_code");
	}

	@Test
	void describesExpectedValuesInWordsNotClassNames() {
		assertThat(ApiExceptionHandler.describe(UUID.class)).isEqualTo("a UUID");
		assertThat(ApiExceptionHandler.describe(int.class)).isEqualTo("a whole number");
		assertThat(ApiExceptionHandler.describe(Money.class)).contains("decimal amount");
		assertThat(ApiExceptionHandler.describe(Role.class)).isEqualTo("one of ADMIN, SHOPKEEPER, CUSTOMER");
		assertThat(ApiExceptionHandler.describe(Object.class)).doesNotContain("java");
	}

	@Test
	void derivesCodesFromStatuses() {
		assertThat(Problems.defaultCode(404)).isEqualTo("not_found");
		assertThat(Problems.defaultCode(429)).isEqualTo("too_many_requests");
		assertThat(Problems.defaultCode(599)).isEqualTo("http_599");
	}

}
