package io.mercato.shared.logging;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LogFormatEnvironmentPostProcessorUnitTests {

	private final LogFormatEnvironmentPostProcessor processor = new LogFormatEnvironmentPostProcessor();

	@Test
	void switchesConsoleToStructuredJsonForJson() {
		MockEnvironment environment = new MockEnvironment().withProperty("LOG_FORMAT", "JSON");

		this.processor.postProcessEnvironment(environment, null);

		assertThat(environment.getProperty(LogFormatEnvironmentPostProcessor.STRUCTURED_CONSOLE_FORMAT))
			.isEqualTo("ecs");
	}

	@Test
	void keepsPlainTextByDefaultAndForText() {
		MockEnvironment unset = new MockEnvironment();
		MockEnvironment text = new MockEnvironment().withProperty("LOG_FORMAT", "text");

		this.processor.postProcessEnvironment(unset, null);
		this.processor.postProcessEnvironment(text, null);

		assertThat(unset.getProperty(LogFormatEnvironmentPostProcessor.STRUCTURED_CONSOLE_FORMAT)).isNull();
		assertThat(text.getProperty(LogFormatEnvironmentPostProcessor.STRUCTURED_CONSOLE_FORMAT)).isNull();
	}

	@Test
	void refusesUnknownFormatsAtStartUp() {
		MockEnvironment environment = new MockEnvironment().withProperty("LOG_FORMAT", "xml");

		assertThatIllegalArgumentException().isThrownBy(() -> this.processor.postProcessEnvironment(environment, null))
			.withMessageContaining("LOG_FORMAT");
	}

}
