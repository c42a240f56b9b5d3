package io.mercato.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a taken embedded database port as Spring Boot's short "application failed to
 * start" description and action, rather than a stack of bean creation errors.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabasePortTakenException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabasePortTakenException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other instance, or start this one with MERCATO_EMBEDDED_DB_PORT set to a free port (and "
						+ "its own MERCATO_EMBEDDED_DB_DIR), for example MERCATO_EMBEDDED_DB_PORT=" + (cause.port() + 1)
						+ ".",
				cause);
	}

}
