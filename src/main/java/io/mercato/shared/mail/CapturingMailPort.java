package io.mercato.shared.mail;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail port without a mail server: logs each message's text body and keeps the latest
 * messages (text and HTML) for inspection.
 */
public class CapturingMailPort implements MailPort {

	private static final Logger log = LoggerFactory.getLogger(CapturingMailPort.class);

	private static final int KEPT = 500;

	private final Deque<MailMessage> sent = new ConcurrentLinkedDeque<>();

	@Override
	public void send(MailMessage message) {
		log.info("Mail to {} (not sent: no SPRING_MAIL_HOST): {}\n{}", message.to(), message.subject(), message.text());
		this.sent.addFirst(message);
		while (this.sent.size() > KEPT) {
			this.sent.pollLast();
		}
	}

	/**
	 * Returns the kept messages to a recipient, newest first.
	 * @param to the recipient's address
	 * @return the messages
	 */
	public List<MailMessage> sentTo(String to) {
		List<MailMessage> messages = new ArrayList<>();
		for (MailMessage message : this.sent) {
			if (message.to().equalsIgnoreCase(to)) {
				messages.add(message);
			}
		}
		return messages;
	}

}
