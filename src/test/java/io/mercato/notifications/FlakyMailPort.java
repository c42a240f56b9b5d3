package io.mercato.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.mercato.shared.mail.CapturingMailPort;
import io.mercato.shared.mail.MailMessage;

import org.springframework.context.annotation.Primary;

/**
 * The capturing mail port of a test context whose mail server is down for the next mail
 * to an armed address: handing that mail over fails inside the listener's transaction, as
 * a broken template or an unreachable server would. Imported by the tests that use it,
 * never scanned.
 */
@Primary
class FlakyMailPort extends CapturingMailPort {

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	void failNextMailTo(String address) {
		this.failing.add(address);
	}

	int failures(String address) {
		AtomicInteger count = this.failures.get(address);
		return (count != null) ? count.get() : 0;
	}

	@Override
	public void sendAfterCommit(MailMessage message) {
		if (this.failing.remove(message.to())) {
			this.failures.computeIfAbsent(message.to(), (key) -> new AtomicInteger()).incrementAndGet();
			throw new IllegalStateException("The mail server is down for " + message.to() + " on purpose");
		}
		super.sendAfterCommit(message);
	}

}
