package io.mercato.accounts.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * One admin action on a user, kept for accountability; never changed.
 */
@Entity
@Table(schema = "accounts", name = "audit_log")
class AuditLogEntry extends AbstractEntity {

	@Column(name = "actor_id")
	private UUID actorId;

	private String action;

	@Column(name = "target_type")
	private String targetType;

	@Column(name = "target_id")
	private UUID targetId;

	private String ip;

	protected AuditLogEntry() {
	}

	AuditLogEntry(UUID actorId, String action, String targetType, UUID targetId, String ip) {
		this.actorId = actorId;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.ip = ip;
	}

	UUID getActorId() {
		return this.actorId;
	}

	String getAction() {
		return this.action;
	}

	String getTargetType() {
		return this.targetType;
	}

	UUID getTargetId() {
		return this.targetId;
	}

	String getIp() {
		return this.ip;
	}

}
