-- The shipping module: shipping methods and their rate rules per destination zone. A fresh
-- install gets its first method from the start-up seeder, never from a migration.
create schema shipping;

create table shipping.shipping_method (
    id                 uuid                     primary key,
    -- what orders copy to name the method: unique over every method ever created, deleted ones
    -- too, so that a code never comes to mean another method
    code               varchar(50)              not null
                       constraint shipping_method_code_key unique
                       constraint shipping_method_code_check check (code ~ '^[a-z0-9][a-z0-9_-]*$'),
    name               varchar(100)             not null,
    carrier            varchar(100)             not null,
    is_active          boolean                  not null,
    estimated_days_min integer                  not null check (estimated_days_min between 0 and 365),
    estimated_days_max integer                  not null check (estimated_days_max between 0 and 365),
    version            bigint                   not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    deleted_at         timestamp with time zone,
    constraint shipping_method_days_check check (estimated_days_min <= estimated_days_max)
);
-- the quote's methods: only live, active ones are read, so only they are indexed
create index shipping_method_active_idx on shipping.shipping_method (id) where is_active and deleted_at is null;
-- the admin list, by code
create index shipping_method_list_idx on shipping.shipping_method (code) where deleted_at is null;

-- A method's rate rules, in the order the admin gave them. countries null means every country;
-- a method has at most one such rule and names a country in at most one rule (checked by the
-- ShippingMethod aggregate, whose version serializes every change of its rules).
create table shipping.rate_rule (
    id            uuid                     primary key,
    method_id     uuid                     not null references shipping.shipping_method (id) on delete cascade,
    position      integer                  not null check (position >= 0),
    countries     varchar(2)[]             check (cardinality(countries) >= 1),
    flat_amount   numeric(12, 2)           not null check (flat_amount >= 0),
    per_kg_amount numeric(12, 2)           not null check (per_kg_amount >= 0),
    free_above    numeric(12, 2)           check (free_above >= 0),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
-- a method's rules in order (the admin views and the quote's join). Deferred, because replacing
-- the rules may insert the new rows before the old ones are deleted.
alter table shipping.rate_rule add constraint rate_rule_position_key
    unique (method_id, position) deferrable initially deferred;
-- the quote's one query: the rules naming the destination country (countries @> array[country])
create index rate_rule_countries_idx on shipping.rate_rule using gin (countries);
