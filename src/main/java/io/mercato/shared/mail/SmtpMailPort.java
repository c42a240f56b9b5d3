package io.mercato.shared.mail;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mail port over SMTP, configured by Spring Boot's {@code spring.mail.*} properties.
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
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(message.to());
		mail.setSubject(message.subject());
		mail.setText(message.text());
		this.sender.send(mail);
	}

}
