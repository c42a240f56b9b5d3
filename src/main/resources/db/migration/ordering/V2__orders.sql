-- Orders: the order with a copy of everything it was placed with (customer, addresses, prices,
-- shipping, promotion, tax), its lines, and the history of its status. Totals are stored, never
-- recomputed: CHECKs keep each order's arithmetic and a deferred constraint trigger keeps its
-- lines adding up to it, so no code path can write an order whose figures disagree.

-- Order numbers: ORD- and 8 Crockford base32 characters (40 bits). The number is a bijection of
-- a sequence value, so two orders never share one and the numbers do not reveal how many
-- orders a shop takes (consecutive orders get unrelated numbers).
create sequence ordering.order_number_seq as bigint minvalue 0 maxvalue 1099511627775 start 1;

create function ordering.next_order_number() returns varchar
    language plpgsql volatile as
$$
declare
    alphabet constant text    := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    modulus  constant numeric := 1099511627776;  -- 2^40
    n                 bigint;
    result            text    := '';
begin
    -- an odd multiplier is invertible modulo 2^40; the xor mixes the low bits as well
    n := ((nextval('ordering.order_number_seq')::numeric * 738996472127) % modulus)::bigint # 366503875925;
    for i in 1..8 loop
        result := substr(alphabet, (n & 31)::int + 1, 1) || result;
        n := n >> 5;
    end loop;
    return 'ORD-' || result;
end
$$;

create table ordering.customer_order (
    id                     uuid                     primary key,
    order_number           varchar(12)              not null default ordering.next_order_number()
                           constraint customer_order_number_key unique,
    -- the customer: a registered user, or a guest who reads the order with a token (hashed)
    user_id                uuid,
    order_token_hash       varchar(64)              constraint customer_order_token_key unique,
    customer_email         varchar(254)             not null,
    customer_name          varchar(150)             not null,
    customer_phone         varchar(20),
    -- the address shipped to: structured, or a guest's free text kept as given
    ship_full_name         varchar(150),
    ship_line1             varchar(200),
    ship_line2             varchar(200),
    ship_city              varchar(100),
    ship_region            varchar(100),
    ship_postal_code       varchar(20),
    ship_country           varchar(2),
    ship_phone             varchar(20),
    ship_text              varchar(1000),
    -- the address billed: structured, or absent when billing goes to the shipping address
    bill_full_name         varchar(150),
    bill_line1             varchar(200),
    bill_line2             varchar(200),
    bill_city              varchar(100),
    bill_region            varchar(100),
    bill_postal_code       varchar(20),
    bill_country           varchar(2),
    bill_phone             varchar(20),
    currency               varchar(3)               not null check (currency ~ '^[A-Z]{3}$'),
    subtotal               numeric(12, 2)           not null check (subtotal >= 0),
    discount_total         numeric(12, 2)           not null check (discount_total between 0 and subtotal),
    shipping_cost          numeric(12, 2)           not null check (shipping_cost >= 0),
    tax                    numeric(12, 2)           not null check (tax >= 0),
    total                  numeric(12, 2)           not null,
    shipping_method        varchar(50),
    shipping_method_name   varchar(100),
    promotion_id           uuid,
    promotion_code         varchar(64),
    tax_name               varchar(100),
    tax_rate               numeric(6, 3)            not null check (tax_rate between 0 and 100),
    status                 varchar(16)              not null check (status in ('PENDING', 'PROCESSING', 'CONFIRMED',
                                                        'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'FAILED', 'REFUNDED')),
    payment_status         varchar(24)              not null check (payment_status in ('UNPAID', 'PAID',
                                                        'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')),
    payment_method         varchar(16)              not null check (payment_method in ('CREDIT_CARD', 'DEBIT_CARD',
                                                        'PAYPAL', 'BANK_TRANSFER', 'CASH', 'CRYPTOCURRENCY')),
    notes                  varchar(1000),
    cancellation_reason    varchar(500),
    placed_at              timestamp with time zone not null,
    reservation_expires_at timestamp with time zone not null,
    paid_at                timestamp with time zone,
    version                bigint                   not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint customer_order_total_check check (total = subtotal - discount_total + shipping_cost + tax),
    constraint customer_order_customer_check check ((user_id is null) = (order_token_hash is not null)),
    constraint customer_order_ship_to_check check (
        (ship_text is not null and ship_line1 is null and ship_country is null)
        or (ship_text is null and ship_full_name is not null and ship_line1 is not null and ship_city is not null
            and ship_postal_code is not null and ship_country is not null)),
    constraint customer_order_bill_to_check check (
        (bill_line1 is null and bill_country is null and bill_full_name is null)
        or (bill_full_name is not null and bill_line1 is not null and bill_city is not null
            and bill_postal_code is not null and bill_country is not null)),
    constraint customer_order_cancellation_check check ((status = 'CANCELLED') = (cancellation_reason is not null))
);
-- a customer's orders, newest first (the customer's order list and its keyset)
create index customer_order_user_idx on ordering.customer_order (user_id, placed_at desc, id desc)
    where user_id is not null;
-- every order, newest first (the admin's order list and its keyset)
create index customer_order_placed_idx on ordering.customer_order (placed_at desc, id desc);
-- the search filter's email match
create index customer_order_email_idx on ordering.customer_order (lower(customer_email));
-- the expiry job's scan of unpaid orders past their reservation window
create index customer_order_expiry_idx on ordering.customer_order (reservation_expires_at)
    where status in ('PENDING', 'FAILED');

create table ordering.order_item (
    id                 uuid                     primary key,
    order_id           uuid                     not null references ordering.customer_order (id),
    position           integer                  not null check (position >= 0),
    product_id         uuid                     not null,  -- catalog's product, copied below
    shopkeeper_id      uuid                     not null,  -- accounts' user selling it
    product_name       varchar(200)             not null,
    sku                varchar(64)              not null,
    unit_price         numeric(12, 2)           not null check (unit_price >= 0),
    quantity           integer                  not null check (quantity between 1 and 1000),
    line_total         numeric(12, 2)           not null,
    -- the line's shares of the order's discount, shipping and tax: a shopkeeper's share of an
    -- order is the sum over their lines
    discount_share     numeric(12, 2)           not null check (discount_share between 0 and line_total),
    shipping_share     numeric(12, 2)           not null check (shipping_share >= 0),
    tax_share          numeric(12, 2)           not null check (tax_share >= 0),
    fulfilment_status  varchar(16)              not null check (fulfilment_status in ('UNFULFILLED', 'SHIPPED',
                                                    'DELIVERED', 'CANCELLED')),
    carrier            varchar(100),
    tracking_number    varchar(100),
    shipped_at         timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint order_item_line_total_check check (line_total = unit_price * quantity),
    constraint order_item_position_key unique (order_id, position),
    constraint order_item_shipment_check check ((fulfilment_status in ('SHIPPED', 'DELIVERED')) = (shipped_at is not null))
);
-- a shopkeeper's orders: the orders holding their lines
create index order_item_shopkeeper_idx on ordering.order_item (shopkeeper_id, order_id);

create table ordering.order_status_change (
    id          uuid                     primary key,
    order_id    uuid                     not null references ordering.customer_order (id),
    from_status varchar(16),  -- null for the placement
    to_status   varchar(16)              not null,
    actor       varchar(16)              not null check (actor in ('CUSTOMER', 'SHOPKEEPER', 'ADMIN', 'SYSTEM')),
    actor_id    uuid,                     -- accounts' user; null for the system and for guests
    reason      varchar(500),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
-- an order's history, oldest first
create index order_status_change_order_idx on ordering.order_status_change (order_id, created_at, id);

-- The lines add up to the order: subtotal, discount, shipping and tax are each the sum of the
-- lines' amounts. Checked at commit, once the order and all its lines are written.
create function ordering.check_order_lines() returns trigger
    language plpgsql as
$$
declare
    checked_id uuid;
    mismatch   boolean;
begin
    if tg_table_name = 'order_item' then
        checked_id := new.order_id;
    else
        checked_id := new.id;
    end if;
    select o.subtotal <> coalesce(sum(i.line_total), 0)
               or o.discount_total <> coalesce(sum(i.discount_share), 0)
               or o.shipping_cost <> coalesce(sum(i.shipping_share), 0)
               or o.tax <> coalesce(sum(i.tax_share), 0)
               or count(i.id) = 0
    into mismatch
    from ordering.customer_order o
    left join ordering.order_item i on i.order_id = o.id
    where o.id = checked_id
    group by o.id;
    if mismatch then
        raise exception 'order % does not add up to its lines', checked_id
            using errcode = '23514', constraint = 'customer_order_lines_check';
    end if;
    return null;
end
$$;

create constraint trigger customer_order_lines_check
    after insert or update of subtotal, discount_total, shipping_cost, tax on ordering.customer_order
    deferrable initially deferred
    for each row execute function ordering.check_order_lines();

create constraint trigger order_item_lines_check
    after insert or update of line_total, discount_share, shipping_share, tax_share on ordering.order_item
    deferrable initially deferred
    for each row execute function ordering.check_order_lines();
