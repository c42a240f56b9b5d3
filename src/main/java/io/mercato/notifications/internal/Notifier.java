package io.mercato.notifications.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.UserView;
import io.mercato.shared.mail.MailMessage;
import io.mercato.shared.mail.MailPort;
import io.mercato.shared.mail.MailTemplates;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes the notices of one event and sends its order mail, within the listener's
 * transaction. A notice is written once per user and key; a mail is recorded in
 * {@code sent_mail} before it is handed to the mail port, which sends it only after the
 * transaction commits. So a listener that fails before its commit leaves nothing behind
 * and its retry does everything; one that is heard again after its commit finds every
 * notice and the mail recorded and does nothing. A mail that the server refuses after the
 * commit is not sent again (at most once, never twice).
 */
@Component
class Notifier {

	private final NotificationRepository notifications;

	private final SentMailRepository sentMails;

	private final AccountManagement accounts;

	private final MailTemplates templates;

	private final MailPort mail;

	private final NotificationsSettings settings;

	private final Clock clock;

	Notifier(NotificationRepository notifications, SentMailRepository sentMails, AccountManagement accounts,
			MailTemplates templates, MailPort mail, NotificationsSettings settings, Clock clock) {
		this.notifications = notifications;
		this.sentMails = sentMails;
		this.accounts = accounts;
		this.templates = templates;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Writes the notices that are new.
	 * @return how many were written
	 */
	int notify(List<Notice> notices) {
		return this.notifications.insert(notices, this.clock.instant());
	}

	/**
	 * Mails a customer about their order, unless a registered customer switched order
	 * mails off or the mail under this key was sent already. Guests always get it.
	 * @param dedupeKey names this mail among all mails
	 * @param userId the registered customer, {@code null} for a guest
	 * @param to the order's address
	 * @param subject the subject line
	 * @param template the templates' name under {@code templates/mail/}
	 * @param variables the templates' values; {@code order_url} is added
	 * @param orderId the order the mail links to
	 */
	void mailOrder(String dedupeKey, @Nullable UUID userId, String to, String subject, String template,
			Map<String, Object> variables, UUID orderId) {
		if (userId != null && !this.accounts.findUser(userId).map(UserView::orderEmails).orElse(true)) {
			return;
		}
		Map<String, Object> values = new HashMap<>(variables);
		values.put("orderUrl", this.settings.frontendUrl() + "/orders/" + orderId);
		// rendered before it is recorded, so that a broken template fails the listener
		// and leaves the mail to be sent on the retry
		MailMessage message = this.templates.render(to, subject, template, values);
		if (this.sentMails.claim(dedupeKey, to, subject, this.clock.instant())) {
			this.mail.sendAfterCommit(message);
		}
	}

}
