-- The promotions module: percentage and fixed discounts, by code or automatic, and the uses
-- (redemptions) taken by orders. A promotion keeps its scope in arrays, so that pricing a
-- cart loads a promotion with its scope in one statement.
create schema promotions;
create extension if not exists pg_trgm;

create table promotions.promotion (
    id                 uuid                     primary key,
    code               varchar(32),                         -- upper-case; null for an automatic promotion
    name               varchar(200)             not null,
    description        varchar(2000)            not null default '',
    type               varchar(16)              not null check (type in ('PERCENTAGE', 'FIXED')),
    value              numeric(12, 2)           not null,
    starts_at          timestamp with time zone not null,
    ends_at            timestamp with time zone not null,
    minimum_subtotal   numeric(12, 2)           check (minimum_subtotal >= 0),
    usage_limit        integer                  check (usage_limit > 0),
    per_customer_limit integer                  check (per_customer_limit > 0),
    scope              varchar(16)              not null check (scope in ('ALL', 'CATEGORIES', 'PRODUCTS', 'SHOPKEEPER')),
    category_ids       uuid[]                   not null default '{}',  -- catalog's categories; checked when written
    product_ids        uuid[]                   not null default '{}',  -- catalog's products; checked when written
    shopkeeper_id      uuid,                                            -- accounts' user
    is_active          boolean                  not null,
    usage_count        integer                  not null default 0 check (usage_count >= 0),
    owner_id           uuid                     not null,               -- the admin or shopkeeper who created it
    owner_role         varchar(16)              not null check (owner_role in ('ADMIN', 'SHOPKEEPER')),
    search_text        text                     generated always as (lower(coalesce(code, '') || ' ' || name)) stored,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    deleted_at         timestamp with time zone,
    version            bigint                   not null,
    constraint promotion_code_format check (code ~ '^[A-Z0-9_-]{3,32}$'),
    constraint promotion_percentage_value check (type <> 'PERCENTAGE' or (value > 0 and value <= 100)),
    constraint promotion_fixed_value check (type <> 'FIXED' or value > 0),
    constraint promotion_window check (starts_at < ends_at),
    constraint promotion_scope_ids check (
        (scope = 'CATEGORIES') = (cardinality(category_ids) > 0)
        and (scope = 'PRODUCTS') = (cardinality(product_ids) > 0)
        and (scope = 'SHOPKEEPER') = (shopkeeper_id is not null))
);
-- a code names one live promotion, whatever its case; a deleted promotion frees its code
create unique index promotion_code_key on promotions.promotion (lower(code)) where deleted_at is null;
-- pricing without a code: the live automatic promotions
create index promotion_automatic_idx on promotions.promotion (starts_at, ends_at)
    where code is null and is_active and deleted_at is null;
-- the management list, newest first: the admins' whole list and a shopkeeper's own
create index promotion_created_idx on promotions.promotion (created_at desc, id desc) where deleted_at is null;
create index promotion_owner_idx on promotions.promotion (owner_id, created_at desc, id desc)
    where deleted_at is null;
-- the list's search for fragments of a code or name
create index promotion_search_trgm_idx on promotions.promotion using gin (search_text gin_trgm_ops)
    where deleted_at is null;

create table promotions.redemption (
    id           uuid                     primary key,
    promotion_id uuid                     not null references promotions.promotion (id),
    reference    varchar(100)             not null,  -- the caller's, such as an order id
    user_id      uuid,                               -- accounts' user; null for a guest
    email        varchar(320),                       -- a guest's, lower-case; null for a user
    discount     numeric(12, 2)           not null check (discount >= 0),
    status       varchar(16)              not null check (status in ('ACTIVE', 'RELEASED')),
    created_at   timestamp with time zone not null,
    released_at  timestamp with time zone,
    constraint redemption_released_at check ((status = 'RELEASED') = (released_at is not null)),
    constraint redemption_email_lower check (email = lower(email))
);
-- a reference holds at most one use at a time; a released one may redeem again
create unique index redemption_reference_key on promotions.redemption (reference) where status = 'ACTIVE';
-- a customer's uses of a promotion, counted for its per-customer limit
create index redemption_user_idx on promotions.redemption (promotion_id, user_id)
    where status = 'ACTIVE' and user_id is not null;
create index redemption_email_idx on promotions.redemption (promotion_id, email)
    where status = 'ACTIVE' and email is not null;
