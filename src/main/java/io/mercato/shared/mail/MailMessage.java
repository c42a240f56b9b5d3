package io.mercato.shared.mail;

/**
 * A plain-text email.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body
 */
public record MailMessage(String to, String subject, String text) {

}
