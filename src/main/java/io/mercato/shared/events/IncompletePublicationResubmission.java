package io.mercato.shared.events;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event publication that has stayed incomplete for longer than
 * {@code mercato.events.resubmit-after}: its listener failed, or the instance that was
 * delivering it stopped. This replaces resubmission at start-up, which made every
 * starting instance resend every incomplete event.
 * <p>
 * Guarantees: a run starts at most once per {@code mercato.events.resubmit-interval}
 * across the cluster, on whichever instance takes the lock; the lock is held for exactly
 * one interval, so runs never overlap unless one takes longer than that (handing events
 * to asynchronous listeners takes far less). A publication is delivered again on every
 * run until its listener succeeds, so a listener may hear an event more than once and
 * must be idempotent. The listeners run as they always do (asynchronously for
 * {@code @ApplicationModuleListener}); the job only hands the events to them.
 */
@Component
class IncompletePublicationResubmission {

	static final String LOCK_NAME = "resubmit-incomplete-event-publications";

	private final IncompleteEventPublications publications;

	private final EventPublicationProperties properties;

	IncompletePublicationResubmission(IncompleteEventPublications publications, EventPublicationProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	// the first run waits one interval, so that a command such as "migrate" has exited
	// before it and a starting instance does no work of this kind while it warms up
	@Scheduled(initialDelayString = "${mercato.events.resubmit-interval}",
			fixedDelayString = "${mercato.events.resubmit-interval}")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "${mercato.events.resubmit-interval}",
			lockAtMostFor = "${mercato.events.resubmit-interval}")
	void resubmit() {
		this.publications.resubmitIncompletePublicationsOlderThan(this.properties.resubmitAfter());
	}

}
