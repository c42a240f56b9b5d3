-- Spring Modulith's event publication registry (the transactional outbox): one row per event and
-- listener, written in the publishing transaction, completed when the listener succeeds.
-- Layout of spring-modulith-events-jdbc 2.1 (schemas/v2/schema-postgresql.sql); the library's own
-- schema initialization is off so that Flyway owns every table.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

-- the registry looks publications up by their serialized form when it marks them completed
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
-- incomplete publications are found by a null completion date (resubmission on restart)
create index event_publication_by_completion_date_idx on event_publication (completion_date);
