package io.mercato.shared.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place periodic jobs come from. A job is a bean method annotated with both
 * {@code @Scheduled} and {@code @SchedulerLock(name = …)}: every instance schedules it,
 * and the lock, a row of the {@code shedlock} table in the application's PostgreSQL, lets
 * one instance at a time run it while the others skip that run. Give the lock a
 * {@code lockAtMostFor} above the job's longest run (it frees the lock of an instance
 * that died while running) and a {@code lockAtLeastFor} of about the job's interval
 * (otherwise instances whose schedules tick at different moments each run it once per
 * interval).
 * <p>
 * {@code mercato.scheduling.enabled=false} stops this instance from starting jobs on its
 * own (tests call them instead); the lock still guards every call.
 */
@Configuration(proxyBeanMethods = false)
// a job that sets no limit of its own: long enough for a slow run, short enough that a
// crashed instance does not stop the job for long
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

	/**
	 * Locks in the {@code shedlock} table (created by Flyway, see
	 * {@code db/migration/__root/V2__…}), stamped in UTC by the instance that takes them.
	 * The instance's clock rather than the database's: a job that holds its lock for its
	 * whole interval ({@code lockAtLeastFor}) finds it free at its next run on the same
	 * instance whatever the database's clock says, and a few milliseconds' difference
	 * between instances only moves when another instance may take over.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.forceUtcTimeZone()
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "mercato.scheduling.enabled", matchIfMissing = true)
	@EnableScheduling
	static class SchedulingEnabled {

	}

}
