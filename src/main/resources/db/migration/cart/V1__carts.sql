-- The cart module: a cart per registered user (one ACTIVE at a time) or per guest (found by the
-- hash of its token), and one line per product. Prices are never stored: a cart always shows the
-- catalog's current price, read with the cart from the catalog's published product_offer view.
create schema cart;

create table cart.cart (
    id             uuid                     primary key,
    user_id        uuid,                    -- accounts' user; null for a guest's cart
    token_hash     varchar(64),             -- SHA-256 (hex) of a guest cart's token; null for a user's
    status         varchar(16)              not null check (status in ('ACTIVE', 'CONVERTED', 'ABANDONED')),
    promotion_code varchar(64),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint cart_one_owner check ((user_id is null) <> (token_hash is null))
);
-- one active cart per user; converted and abandoned ones stay for the records
create unique index cart_active_user_key on cart.cart (user_id) where status = 'ACTIVE';
create unique index cart_token_key on cart.cart (token_hash) where token_hash is not null;
-- the abandonment job's scan of idle active carts
create index cart_active_idle_idx on cart.cart (updated_at) where status = 'ACTIVE';

create table cart.cart_item (
    id         uuid                     primary key,
    cart_id    uuid                     not null references cart.cart (id) on delete cascade,
    product_id uuid                     not null,  -- catalog's product; checked when written
    quantity   integer                  not null check (quantity between 1 and 1000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint cart_item_product_key unique (cart_id, product_id)
);
