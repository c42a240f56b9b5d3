-- A sold reservation may come back as a return: its lines move from COMMITTED to RETURNED, and
-- the reference stays taken. The state's check (named by PostgreSQL in V1) is replaced by one
-- that allows the new state, in this migration's one transaction, so that no moment is without
-- a check; every existing row passes it, as it only widens the old one.
alter table inventory.reservation drop constraint reservation_state_check;
alter table inventory.reservation add constraint reservation_state_check
    check (state in ('ACTIVE', 'RELEASED', 'COMMITTED', 'RETURNED'));
