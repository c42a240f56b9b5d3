package io.mercato.shared.database;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns the violation of a named database constraint into the refusal a module answers
 * for it. A service checks a rule first (an email address already taken) for a clear
 * answer in the common case; the constraint catches the writer that passed the same check
 * at the same moment. The write must reach the database inside the call (save and flush),
 * so that the violation is thrown here, in the service, and not at commit.
 */
public final class Constraints {

	private Constraints() {
	}

	/**
	 * Runs a write and translates a violation of one of the named constraints.
	 * @param <T> what the write returns
	 * @param write the write, flushed
	 * @param refusals the refusal for each constraint name
	 * @return what the write returned
	 * @throws DataIntegrityViolationException when another constraint was violated
	 */
	public static <T> T translate(Supplier<T> write, Map<String, Supplier<? extends RuntimeException>> refusals) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			Supplier<? extends RuntimeException> refusal = violated(ex).map(refusals::get).orElse(null);
			if (refusal == null) {
				throw ex;
			}
			throw refusal.get();
		}
	}

	/**
	 * Runs a write that returns nothing and translates a violation of one of the named
	 * constraints.
	 * @param write the write, flushed
	 * @param refusals the refusal for each constraint name
	 * @throws DataIntegrityViolationException when another constraint was violated
	 */
	public static void translate(Runnable write, Map<String, Supplier<? extends RuntimeException>> refusals) {
		translate(() -> {
			write.run();
			return null;
		}, refusals);
	}

	/**
	 * Returns the name of the constraint the database reported as violated.
	 * @param ex the violation
	 * @return the constraint's name, empty when the database named none
	 */
	public static Optional<String> violated(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql) {
				return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
			}
		}
		return Optional.empty();
	}

}
