-- The catalog module: categories (a tree), brands, products with their images, and each
-- product's stock status as the inventory module reports it.
create schema catalog;
create extension if not exists pg_trgm;

create table catalog.category (
    id         uuid                     primary key,
    name       varchar(100)             not null,
    slug       varchar(120)             not null,
    parent_id  uuid references catalog.category (id),
    is_active  boolean                  not null default true,
    version    bigint                   not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create unique index category_slug_key on catalog.category (slug);
-- children of a category (the tree, and the product filter that includes descendants)
create index category_parent_idx on catalog.category (parent_id);

create table catalog.brand (
    id         uuid                     primary key,
    name       varchar(100)             not null,
    slug       varchar(120)             not null,
    logo_url   varchar(2048),
    version    bigint                   not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create unique index brand_slug_key on catalog.brand (slug);

create table catalog.product (
    id               uuid                     primary key,
    shopkeeper_id    uuid                     not null,  -- accounts' user; checked when written
    name             varchar(200)             not null,
    slug             varchar(240)             not null,
    description      text                     not null default '',
    category_id      uuid                     not null references catalog.category (id) on delete restrict,
    brand_id         uuid references catalog.brand (id) on delete set null,
    price            numeric(12, 2)           not null check (price > 0),
    compare_at_price numeric(12, 2) check (compare_at_price is null or compare_at_price > price),
    cost_price       numeric(12, 2) check (cost_price is null or cost_price >= 0),
    sku              varchar(64)              not null,
    status           varchar(16)              not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    is_featured      boolean                  not null default false,
    stock_status     varchar(16)              not null default 'OUT_OF_STOCK'
                     check (stock_status in ('IN_STOCK', 'LOW_STOCK', 'OUT_OF_STOCK')),
    review_count     integer                  not null default 0,
    avg_rating       numeric(3, 2),
    search_vector    tsvector generated always as (
                         setweight(to_tsvector('simple', coalesce(name, '')), 'A') ||
                         setweight(to_tsvector('simple', coalesce(sku, '')), 'A') ||
                         setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored,
    version          bigint                   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    deleted_at       timestamp with time zone
);
-- slugs and SKUs stay unique among live products; a deleted product keeps its row for old orders
create unique index product_slug_key on catalog.product (slug) where deleted_at is null;
create unique index product_sku_key on catalog.product (sku) where deleted_at is null;

-- The public list reads live, published products in one of four orderings, each ending in the id
-- so that a keyset cursor is exact. One index per ordering serves the unfiltered list and deep
-- cursors (newest first: product_status_idx below, whose leading status the list fixes). A
-- category filter reads each category of the subtree through the category composites (newest or
-- price first) and merges them; the brand filter has its composite with the default ordering.
create index product_public_price_idx on catalog.product (price, id)
    where status = 'PUBLISHED' and deleted_at is null;
create index product_public_name_idx on catalog.product (name, id)
    where status = 'PUBLISHED' and deleted_at is null;
create index product_public_category_idx on catalog.product (category_id, created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null;
create index product_public_category_price_idx on catalog.product (category_id, price, id)
    where status = 'PUBLISHED' and deleted_at is null;
create index product_public_brand_idx on catalog.product (brand_id, created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null;
create index product_public_featured_idx on catalog.product (created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null and is_featured;
-- a shopkeeper's own products (?mine=true, and ?shopkeeper=) and an admin's ?status= lists
create index product_shopkeeper_idx on catalog.product (shopkeeper_id, created_at desc, id desc)
    where deleted_at is null;
create index product_status_idx on catalog.product (status, created_at desc, id desc) where deleted_at is null;
-- ?search=: ranked full-text search, SKU prefixes, and trigram matching for fragments of names.
-- A SKU is matched by its prefix, which a b-tree range serves whatever the SKUs look like; a trigram
-- index would read the posting lists of every trigram the SKUs share (a shop's common prefix).
create index product_search_idx on catalog.product using gin (search_vector);
create index product_sku_prefix_idx on catalog.product (lower(sku) text_pattern_ops);
create index product_name_trgm_idx on catalog.product using gin (lower(name) gin_trgm_ops);

create table catalog.product_image (
    id         uuid                     primary key,
    product_id uuid                     not null references catalog.product (id) on delete cascade,
    position   integer                  not null,
    url        varchar(2048)            not null,
    alt_text   varchar(200)             not null default '',
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
-- a product's images in order; the first is the list's primary image. Deferred, because replacing
-- the images inserts the new rows before the old ones are deleted.
alter table catalog.product_image add constraint product_image_position_key
    unique (product_id, position) deferrable initially deferred;
