-- The addresses module: the shipping and billing addresses users keep. Orders copy an
-- address when they are placed, so a deleted address keeps its row only for the record.
create schema addresses;

create table addresses.address (
    id          uuid                     primary key,
    owner_id    uuid                     not null,  -- accounts' user; the caller when written
    type        varchar(16)              not null check (type in ('SHIPPING', 'BILLING')),
    full_name   varchar(100)             not null check (full_name <> ''),
    line1       varchar(200)             not null check (line1 <> ''),
    line2       varchar(200),
    city        varchar(100)             not null check (city <> ''),
    region      varchar(100),
    postal_code varchar(16)              not null check (postal_code <> ''),
    country     varchar(2)               not null check (country ~ '^[A-Z]{2}$'),
    phone       varchar(16)              check (phone ~ '^\+[1-9][0-9]{1,14}$'),  -- E.164
    is_default  boolean                  not null default false,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    deleted_at  timestamp with time zone
);
-- at most one default of each type per user, among live addresses
create unique index address_default_key on addresses.address (owner_id, type)
    where is_default and deleted_at is null;
-- a user's live addresses in list order (defaults first, then newest): the list, with or
-- without ?type= (at most 20 rows a user), and the read of them all before every change
-- (the 20-address limit, the defaults); a single address is read by its primary key
create index address_owner_idx on addresses.address (owner_id, is_default desc, created_at desc, id desc)
    where deleted_at is null;
