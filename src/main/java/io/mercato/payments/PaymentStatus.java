package io.mercato.payments;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where one attempt to take an order's money is (the order's own {@code payment_status}
 * is ordering's {@code PaymentStatus}; this one is named {@code PaymentAttemptStatus} in
 * the API's schema so the two do not clash).
 */
@Schema(name = "PaymentAttemptStatus")
public enum PaymentStatus {

	/**
	 * Paid offline (cash, bank transfer): waits for a shopkeeper or an admin to record
	 * it.
	 */
	PENDING,

	/** The gateway has it and has not answered yet; the reconciliation job asks it. */
	PROCESSING,

	/** The money was taken; refunds may have given part of it back. */
	COMPLETED,

	/** The gateway refused or failed; nothing was taken. */
	FAILED,

	/** Everything taken was given back. */
	REFUNDED

}
