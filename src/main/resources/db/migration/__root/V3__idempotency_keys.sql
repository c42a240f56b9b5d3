-- The answers of requests sent with an Idempotency-Key (io.mercato.shared.web.Idempotent): one
-- row per caller and key, written in the transaction of the request it answered, so that the
-- request's own writes and its stored answer commit together or not at all. Only successful
-- (2xx) answers are kept; a repeat of the same request within the key's lifetime is answered
-- from here.
create table idempotency_key (
    -- whose key it is: 'user:' and the user's id, or 'client:' and the address of an anonymous caller
    scope        text                     not null,
    key          varchar(255)             not null,
    -- SHA-256 of the method, the path with its query and the body of the first request
    request_hash bytea                    not null,
    status       smallint                 not null,
    content_type text,
    location     text,
    etag         text,
    body         bytea                    not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    primary key (scope, key),
    constraint idempotency_key_key_is_visible_ascii check (key ~ '^[\x21-\x7e]{1,255}$'),
    constraint idempotency_key_request_hash_is_sha256 check (octet_length(request_hash) = 32),
    constraint idempotency_key_status_is_success check (status between 200 and 299),
    constraint idempotency_key_expires_after_creation check (expires_at > created_at)
);

-- the cleanup job's "delete … where expires_at <= now"
create index idempotency_key_expires_at_idx on idempotency_key (expires_at);
