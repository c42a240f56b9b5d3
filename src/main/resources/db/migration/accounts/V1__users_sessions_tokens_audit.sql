-- The accounts module: users and their profiles, login sessions, one-time tokens, the admin audit log.
create schema accounts;

create table accounts.app_user (
    id             uuid                     primary key,
    email          varchar(254)             not null,  -- stored lower-cased: the login is case-insensitive
    phone          varchar(16),                        -- E.164
    password_hash  varchar(100)             not null,
    role           varchar(16)              not null check (role in ('ADMIN', 'SHOPKEEPER', 'CUSTOMER')),
    email_verified boolean                  not null default false,
    is_active      boolean                  not null default true,
    version        bigint                   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    deleted_at     timestamp with time zone
);
-- login and duplicate checks; a deleted user's address may register again
create unique index app_user_email_key on accounts.app_user (email) where deleted_at is null;
create unique index app_user_phone_key on accounts.app_user (phone) where deleted_at is null and phone is not null;
-- admin user list: filter by role, newest first
create index app_user_role_created_idx on accounts.app_user (role, created_at desc) where deleted_at is null;

create table accounts.customer_profile (
    user_id    uuid                     primary key references accounts.app_user (id),
    full_name  varchar(150)             not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table accounts.shopkeeper_profile (
    user_id     uuid                     primary key references accounts.app_user (id),
    full_name   varchar(150),
    shop_name   varchar(150)             not null,
    tax_number  varchar(30),
    is_verified boolean                  not null default false,
    verified_at timestamp with time zone,
    verified_by uuid references accounts.app_user (id),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- admin search by email or name: trigram indexes serve the contains-matches
create extension if not exists pg_trgm;
create index app_user_email_trgm_idx on accounts.app_user using gin (email gin_trgm_ops);
create index customer_profile_name_trgm_idx on accounts.customer_profile using gin (lower(full_name) gin_trgm_ops);

create table accounts.login_session (
    id                 uuid                     primary key,
    user_id            uuid                     not null references accounts.app_user (id),
    refresh_token_hash varchar(64)               not null,  -- SHA-256 hex of the current refresh token
    ip                 varchar(45),
    user_agent         varchar(512),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    last_used_at       timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    revoked_at         timestamp with time zone,
    revoked_reason     varchar(32)
);
create unique index login_session_refresh_key on accounts.login_session (refresh_token_hash);
-- active sessions of a user, oldest first (the session limit and GET /auth/sessions)
create index login_session_user_active_idx on accounts.login_session (user_id, created_at) where revoked_at is null;

-- refresh tokens already exchanged: presenting one again reveals a stolen token
create table accounts.spent_refresh_token (
    token_hash varchar(64)               primary key,
    session_id uuid                     not null references accounts.login_session (id),
    spent_at   timestamp with time zone not null
);

create table accounts.one_time_token (
    id         uuid                     primary key,
    user_id    uuid                     not null references accounts.app_user (id),
    purpose    varchar(32)              not null check (purpose in ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    token_hash varchar(64)               not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create unique index one_time_token_hash_key on accounts.one_time_token (token_hash);

create table accounts.audit_log (
    id          uuid                     primary key,
    actor_id    uuid                     not null,
    action      varchar(48)              not null,
    target_type varchar(32)              not null,
    target_id   uuid                     not null,
    ip          varchar(45),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
-- GET /admin/audit-log: newest first
create index audit_log_created_idx on accounts.audit_log (created_at desc, id desc);
