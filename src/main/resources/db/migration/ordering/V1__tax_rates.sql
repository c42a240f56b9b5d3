-- The ordering module: its first tables are the tax rates admins keep. Orders copy the tax
-- amount they were charged, so a rate may be changed or deleted (hard) without touching them.
-- Nothing is seeded: a fresh install charges no tax until an admin adds a rate.
create schema ordering;

create table ordering.tax_rate (
    id                  uuid                     primary key,
    -- ISO 3166-1 alpha-2, upper case (the TaxRate aggregate checks it is a real code)
    country             varchar(2)               not null
                        constraint tax_rate_country_check check (country ~ '^[A-Z]{2}$'),
    -- a part of the country (a state, a province) as the admin wrote it, trimmed; null for the
    -- country-wide rate. Matched case-insensitively.
    region              varchar(100)
                        constraint tax_rate_region_check check (region is null or (region = btrim(region) and region <> '')),
    name                varchar(100)             not null
                        constraint tax_rate_name_check check (name = btrim(name) and name <> ''),
    -- a percentage: 19.000 is 19 %
    rate                numeric(6, 3)            not null
                        constraint tax_rate_rate_check check (rate between 0 and 100),
    applies_to_shipping boolean                  not null,
    version             bigint                   not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
-- at most one rate per country and region, the country-wide one keyed by ''. Serves the tax
-- lookup of an order (country = ? and coalesce(lower(region), '') in ('', lower(?))) and the
-- admin list (order by country, coalesce(lower(region), ''), country-wide first).
create unique index tax_rate_country_region_key on ordering.tax_rate (country, coalesce(lower(region), ''));
