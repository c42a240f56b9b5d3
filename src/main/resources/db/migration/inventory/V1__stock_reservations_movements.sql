-- The inventory module: stock per product, reservations per reference (an order), and the
-- ledger of every change. Rows are created when a product is first restocked, adjusted or
-- given a threshold; a product without one has nothing in stock.
create schema inventory;

create table inventory.stock (
    product_id          uuid                     primary key,  -- catalog's product; checked when written
    shopkeeper_id       uuid                     not null,     -- copied from the product for the low-stock list
    quantity            integer                  not null default 0,
    reserved            integer                  not null default 0,
    available           integer                  generated always as (quantity - reserved) stored,
    low_stock_threshold integer                  not null check (low_stock_threshold >= 0),
    last_restocked_at   timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint stock_reserved_within_quantity check (0 <= reserved and reserved <= quantity)
);
-- the low-stock list, a shopkeeper's and the admins', most urgent first; only rows at or under
-- their threshold are indexed, so the index stays small
create index stock_low_by_shopkeeper_idx on inventory.stock (shopkeeper_id, available, product_id)
    where available <= low_stock_threshold;
create index stock_low_idx on inventory.stock (available, product_id)
    where available <= low_stock_threshold;

create table inventory.reservation (
    reference  varchar(100)             not null,  -- the caller's, such as an order id
    product_id uuid                     not null references inventory.stock (product_id),
    quantity   integer                  not null check (quantity > 0),
    state      varchar(16)              not null check (state in ('ACTIVE', 'RELEASED', 'COMMITTED')),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    primary key (reference, product_id)
);

create table inventory.stock_movement (
    id             uuid                     primary key,
    product_id     uuid                     not null references inventory.stock (product_id),
    delta_quantity integer                  not null,
    delta_reserved integer                  not null,
    reason         varchar(16)              not null
                   check (reason in ('RESTOCK', 'ADJUSTMENT', 'RESERVE', 'RELEASE', 'COMMIT', 'RETURN')),
    reference      varchar(100),
    note           varchar(500),
    actor_id       uuid,                              -- accounts' user; null when another module acted
    created_at     timestamp with time zone not null,
    constraint stock_movement_changes_something check (delta_quantity <> 0 or delta_reserved <> 0)
);
-- a product's movements, newest first (the keyset of the movements list)
create index stock_movement_product_idx on inventory.stock_movement (product_id, created_at desc, id desc);
