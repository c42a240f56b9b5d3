-- The payments module: each attempt to take an order's money, what was given back of it, and
-- the gateway events already applied. Orders are ordering's, referenced by id and checked when
-- a payment is written. No card data is stored anywhere: gateway_response holds what the
-- gateway answered about the charge (its ids, status and reason), never the card.
create schema payments;

create table payments.payment (
    id               uuid                     primary key,
    order_id         uuid                     not null,   -- ordering's order
    order_number     varchar(12)              not null,   -- copied for receipts and lists
    method           varchar(16)              not null
                     check (method in ('CREDIT_CARD', 'DEBIT_CARD', 'PAYPAL', 'BANK_TRANSFER', 'CASH',
                                       'CRYPTOCURRENCY')),
    status           varchar(16)              not null
                     check (status in ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'REFUNDED')),
    amount           numeric(12, 2)           not null check (amount >= 0),  -- 0: an order that costs nothing
    refunded_amount  numeric(12, 2)           not null default 0,
    currency         varchar(3)               not null check (currency ~ '^[A-Z]{3}$'),
    gateway          varchar(32)              not null,   -- 'offline' for cash and bank transfer, 'none' for 0
    transaction_id   varchar(255),                        -- the gateway's id of the charge
    gateway_response jsonb,
    failure_code     varchar(64),
    failure_message  varchar(500),
    attempts         integer                  not null default 1 check (attempts > 0),  -- times the gateway was asked
    paid_at          timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null default 0,
    constraint payment_refunds_within_amount check (0 <= refunded_amount and refunded_amount <= amount),
    constraint payment_refunded_in_full check ((status = 'REFUNDED') = (refunded_amount = amount and amount > 0)),
    constraint payment_paid_when_taken
        check ((paid_at is not null) = (status in ('COMPLETED', 'REFUNDED'))),
    constraint payment_failure_explained check ((status = 'FAILED') = (failure_code is not null))
);
-- at most one attempt of an order under way at a time: the database's answer to two
-- concurrent attempts that got past the order's row lock some other way
create unique index payment_in_flight_per_order_idx on payments.payment (order_id)
    where status in ('PENDING', 'PROCESSING');
-- an order's payments, oldest first (GET /orders/{id}/payments, the refund's lookup)
create index payment_order_idx on payments.payment (order_id, created_at, id);
-- a gateway's webhook names its charge
create unique index payment_transaction_idx on payments.payment (gateway, transaction_id)
    where transaction_id is not null;
-- the reconciliation job's scan: attempts whose outcome is not known yet, oldest first
create index payment_unresolved_idx on payments.payment (created_at, id)
    where status in ('PENDING', 'PROCESSING');

create table payments.refund (
    id                uuid                     primary key,
    payment_id        uuid                     not null references payments.payment (id),
    order_id          uuid                     not null,   -- ordering's order, copied from the payment
    amount            numeric(12, 2)           not null check (amount > 0),
    currency          varchar(3)               not null,
    reason            varchar(500)             not null check (length(btrim(reason)) > 0),
    -- COMPLETED: the gateway gave it back; MANUAL: a cash or bank-transfer payment, which the
    -- shop pays back itself
    status            varchar(16)              not null check (status in ('COMPLETED', 'MANUAL')),
    gateway_reference varchar(255),
    actor             varchar(16)              not null check (actor in ('ADMIN', 'SHOPKEEPER', 'SYSTEM')),
    actor_id          uuid,                                -- accounts' user; null for the system
    shopkeeper_id     uuid,                                -- the shopkeeper whose share was refunded
    restock           boolean                  not null default false,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint refund_person_named check ((actor = 'SYSTEM') = (actor_id is null)),
    constraint refund_shopkeeper_named check ((actor = 'SHOPKEEPER') = (shopkeeper_id is not null))
);
-- a payment's refunds, oldest first, and what one shopkeeper refunded of it
create index refund_payment_idx on payments.refund (payment_id, created_at, id);
create index refund_shopkeeper_idx on payments.refund (payment_id, shopkeeper_id) where shopkeeper_id is not null;
-- a gateway's refund is recorded once, whether Mercato asked for it or its webhook reports it
create unique index refund_gateway_reference_idx on payments.refund (payment_id, gateway_reference)
    where gateway_reference is not null;

create table payments.webhook_event (
    gateway     varchar(32)              not null,
    event_id    varchar(255)             not null,
    type        varchar(64)              not null,
    payment_id  uuid                     references payments.payment (id),
    received_at timestamp with time zone not null,
    primary key (gateway, event_id)
);
