/**
 * The event publication registry's upkeep: incomplete publications are delivered again by
 * one cluster-safe job, and completed ones are deleted
 * ({@code spring.modulith.events.completion-mode=DELETE}), so the registry holds only
 * what is still to be delivered.
 */
package io.mercato.shared.events;
