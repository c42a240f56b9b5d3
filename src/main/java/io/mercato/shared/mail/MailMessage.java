package io.mercato.shared.mail;

import org.jspecify.annotations.Nullable;

/**
 * An email: a plain-text body, and optionally an HTML alternative of the same content
 * (sent as {@code multipart/alternative}, so every mail reader shows one of them).
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or {@code null} for a plain-text mail
 */
public record MailMessage(String to, String subject, String text, @Nullable String html) {

	/**
	 * A plain-text email.
	 * @param to the recipient's address
	 * @param subject the subject line
	 * @param text the body
	 */
	public MailMessage(String to, String subject, String text) {
		this(to, subject, text, null);
	}

}
