/**
 * Building blocks of every module's domain model.
 * <p>
 * Conventions every module follows:
 * <ul>
 * <li>Aggregates extend {@link io.mercato.shared.domain.AbstractAggregateRoot}; entities
 * inside an aggregate extend {@link io.mercato.shared.domain.AbstractEntity}. Ids are
 * UUIDv7 from {@link io.mercato.shared.domain.Ids}, assigned on construction.</li>
 * <li>Soft delete: an entity whose rows must outlive a delete (a product an old order
 * still names, a user) is annotated
 * {@code @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")} and
 * its table has a nullable {@code deleted_at timestamptz}. Hibernate turns a delete into
 * {@code update ... set deleted_at = now()} and leaves such rows out of every query it
 * generates; native SQL must add {@code deleted_at is null} itself, and a unique index
 * that should only hold among live rows is partial
 * ({@code where deleted_at is null}).</li>
 * <li>Amounts are {@link io.mercato.shared.domain.Money}, stored as
 * {@code numeric(12,2)}.</li>
 * </ul>
 */
@NamedInterface("domain")
package io.mercato.shared.domain;

import org.springframework.modulith.NamedInterface;
