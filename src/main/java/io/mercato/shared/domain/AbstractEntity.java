package io.mercato.shared.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.hibernate.Hibernate;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.Persistable;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every entity: a UUIDv7 id assigned on construction, and {@code created_at} /
 * {@code updated_at} stamped from the application {@link java.time.Clock} on save.
 * <p>
 * Tables of subclasses declare {@code id uuid primary key},
 * {@code created_at timestamptz not
 * null} and {@code updated_at timestamptz not null}. Equality is identity of the id, so
 * an entity can live in a set before it is saved.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AbstractEntity implements Persistable<UUID> {

	@Id
	private UUID id;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// the id is assigned before saving, so Spring Data cannot tell new from loaded by the
	// id
	@Transient
	private boolean isNew = true;

	protected AbstractEntity() {
		this.id = Ids.newId();
	}

	/**
	 * For an entity whose id is another entity's, such as a profile keyed by its user.
	 * @param id the id
	 */
	protected AbstractEntity(UUID id) {
		this.id = id;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
			return false;
		}
		return this.id.equals(((AbstractEntity) other).getId());
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return Hibernate.getClass(this).getSimpleName() + "[" + this.id + "]";
	}

}
