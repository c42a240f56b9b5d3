-- ShedLock's lock table: one row per periodic job, naming the instance that runs it and until
-- when. The instances write lock times in UTC (ShedLock's forceUtcTimeZone), so the columns are
-- plain timestamps, as ShedLock's PostgreSQL layout has them.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Completed publications are deleted from now on (spring.modulith.events.completion-mode);
-- the ones completed before are removed once here, since nothing else ever would.
delete from event_publication where completion_date is not null;
