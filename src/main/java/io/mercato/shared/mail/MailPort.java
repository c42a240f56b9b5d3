package io.mercato.shared.mail;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where modules hand the emails they send. Over SMTP when {@code SPRING_MAIL_HOST} is
 * set; otherwise each message is logged and kept in memory ({@link CapturingMailPort}),
 * so a development machine needs no mail server and tests can read what was sent.
 * <p>
 * Callers send after their transaction commits: a rolled-back registration must not have
 * mailed a link.
 */
public interface MailPort {

	/**
	 * Sends the message.
	 * @param message the message
	 */
	void send(MailMessage message);

	/**
	 * Sends the message once the current transaction commits, or now outside a
	 * transaction, so that a rolled-back change never mails its link.
	 * @param message the message
	 */
	default void sendAfterCommit(MailMessage message) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(message);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				send(message);
			}

		});
	}

}
