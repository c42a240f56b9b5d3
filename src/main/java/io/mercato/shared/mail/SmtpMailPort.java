package io.mercato.shared.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail port over SMTP, configured by Spring Boot's {@code spring.mail.*} properties.
 * A message with an HTML part goes out as {@code multipart/alternative} (text first, then
 * HTML); one without as plain text.
 */
class SmtpMailPort implements MailPort {

	private final JavaMailSender sender;

	private final String from;

	SmtpMailPort(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(MailMessage message) {
		if (message.html() == null) {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.from);
			mail.setTo(message.to());
			mail.setSubject(message.subject());
			mail.setText(message.text());
			this.sender.send(mail);
			return;
		}
		MimeMessage mime = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.to());
			helper.setSubject(message.subject());
			// the alternatives in order of preference, the richest last (RFC 2046 §5.1.4)
			MimeMultipart alternatives = new MimeMultipart("alternative");
			alternatives.addBodyPart(part(message.text(), "plain"));
			alternatives.addBodyPart(part(message.html(), "html"));
			mime.setContent(alternatives);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not prepare the mail " + message.subject(), ex);
		}
		this.sender.send(mime);
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

}
