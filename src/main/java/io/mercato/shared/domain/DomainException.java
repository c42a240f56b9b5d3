package io.mercato.shared.domain;

import java.util.Map;

/**
 * A request a module refuses for a reason its caller can act on. Every module's
 * exceptions extend it, each declaring in its one constructor line the kind of refusal,
 * the stable {@code code} and a message safe to show; the API answers all of them in one
 * place with an RFC 9457 problem whose status follows from the {@link Refusal} and whose
 * {@code code} member is {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

	private final Refusal refusal;

	private final String code;

	/**
	 * Creates the exception.
	 * @param refusal the kind of refusal
	 * @param code the stable, snake_case code, such as {@code sku_taken}
	 * @param message what happened, safe to show to the caller
	 */
	protected DomainException(Refusal refusal, String code, String message) {
		super(message);
		this.refusal = refusal;
		this.code = code;
	}

	/**
	 * Returns the kind of refusal.
	 * @return the kind
	 */
	public Refusal refusal() {
		return this.refusal;
	}

	/**
	 * Returns the stable code.
	 * @return the code, such as {@code sku_taken}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * Returns the members the problem carries besides the standard ones, such as the
	 * rejected fields of an {@link Refusal#INVALID} refusal. None by default.
	 * @return the members by JSON name
	 */
	public Map<String, Object> details() {
		return Map.of();
	}

	/**
	 * The kinds of refusal, each answered with one HTTP status.
	 */
	public enum Refusal {

		/** The input breaks a rule (400). */
		INVALID,

		/** The caller is not who they must be: bad credentials or token (401). */
		UNAUTHENTICATED,

		/** The caller is known but may not do this (403). */
		FORBIDDEN,

		/** No such thing, or none the caller may see (404). */
		NOT_FOUND,

		/** The current state of the thing does not allow this (409). */
		CONFLICT,

		/** The request's precondition ({@code If-Match}) no longer holds: 412. */
		PRECONDITION_FAILED,

		/**
		 * An outside system the request needed (a payment gateway) failed; the request
		 * changed nothing and may be tried again (502).
		 */
		UPSTREAM_FAILED

	}

}
