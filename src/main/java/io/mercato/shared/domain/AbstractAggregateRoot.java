package io.mercato.shared.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Base of every aggregate root: an {@link AbstractEntity} with an optimistic-locking
 * {@code version} and the domain events its state changes register.
 * <p>
 * Events registered with {@link #registerEvent(Object)} are published by Spring Data when
 * the aggregate is saved through its repository, inside the saving transaction, so the
 * Modulith event publication registry stores them atomically with the change. The table
 * declares {@code version bigint not null}.
 */
@MappedSuperclass
public abstract class AbstractAggregateRoot extends AbstractEntity {

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Transient
	private final List<Object> domainEvents = new ArrayList<>();

	protected AbstractAggregateRoot() {
	}

	protected AbstractAggregateRoot(UUID id) {
		super(id);
	}

	/**
	 * The optimistic-locking version: clients send it back (as {@code If-Match} or a
	 * {@code version} field) so that a stale write answers a conflict instead of
	 * overwriting.
	 * @return the version as last read from the database, {@code 0} before the first save
	 */
	public long getVersion() {
		return this.version;
	}

	/**
	 * Registers an event to publish when this aggregate is next saved.
	 * @param event a past-tense event record carrying ids and values, never entities
	 * @param <T> the event type
	 * @return the event
	 */
	protected <T> T registerEvent(T event) {
		this.domainEvents.add(event);
		return event;
	}

	@DomainEvents
	List<Object> domainEvents() {
		return Collections.unmodifiableList(this.domainEvents);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.domainEvents.clear();
	}

}
