/**
 * Periodic jobs that run on one instance of a cluster at a time: Spring's scheduling with
 * ShedLock's lock table in PostgreSQL. See {@link SchedulingConfiguration} for how to
 * write a job.
 */
package io.mercato.shared.scheduling;
