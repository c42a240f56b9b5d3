package io.mercato.notifications.internal;

import java.time.Instant;

import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mails sent, one row per mail under its dedupe key, so that a listener that hears
 * its event again (or races a redelivery) never mails twice: recipients of order mails
 * may be guests, who have no user row to hang a flag on.
 */
@Repository
class SentMailRepository {

	private final JdbcClient jdbc;

	SentMailRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the mail unless one was recorded under the key; a racing transaction with
	 * the same key waits here for the first to end.
	 * @return whether this call recorded it, and so must send it
	 */
	boolean claim(String dedupeKey, String recipient, String subject, Instant now) {
		return this.jdbc.sql("""
				insert into notifications.sent_mail (dedupe_key, recipient, subject, sent_at) values (?, ?, ?, ?)
				on conflict (dedupe_key) do nothing""")
			.params(dedupeKey, recipient, subject, SqlValues.timestamp(now))
			.update() == 1;
	}

}
