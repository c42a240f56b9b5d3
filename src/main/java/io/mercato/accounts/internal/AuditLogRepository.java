package io.mercato.accounts.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditLogRepository extends JpaRepository<AuditLogEntry, UUID> {

	Page<AuditLogEntry> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

}
