-- The notifications module: users' in-app notifications and the record of the mails sent, both
-- written by the listeners of other modules' events. A listener may hear an event more than once:
-- the unique dedupe keys make a second delivery write and send nothing.
create schema notifications;

create table notifications.notification (
    id         uuid                     primary key,
    user_id    uuid                     not null,  -- accounts' user; no foreign key across modules
    type       varchar(40)              not null
               check (type in ('ORDER_PLACED', 'NEW_ORDER_FOR_SHOP', 'ORDER_PAID', 'ORDER_TO_SHIP', 'ORDER_SHIPPED',
                               'ORDER_DELIVERED', 'ORDER_CANCELLED', 'PAYMENT_FAILED', 'REFUND_ISSUED', 'STOCK_LOW',
                               'SHOPKEEPER_VERIFIED', 'SHOPKEEPER_UNVERIFIED', 'SHOPKEEPER_AWAITING_VERIFICATION',
                               'WELCOME')),
    title      varchar(200)             not null,
    message    varchar(2000)            not null,
    data       jsonb                    not null default '{}' check (jsonb_typeof(data) = 'object'),  -- ids to link to
    is_read    boolean                  not null default false,
    read_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    dedupe_key text                     not null,  -- the event's type and natural id
    -- a listener delivered twice writes one row: insert … on conflict do nothing
    constraint notification_dedupe_key unique (user_id, dedupe_key),
    constraint notification_read_when_read_at check (is_read = (read_at is not null))
);
-- a user's list, newest first (the keyset of GET /notifications), with or without ?is_read=
create index notification_user_created_idx on notifications.notification (user_id, created_at desc, id desc);
-- the unread count (GET /notifications/unread-count), the ?is_read=false list and read-all; only
-- unread rows are indexed, so it stays small however many a user has read
create index notification_unread_idx on notifications.notification (user_id, created_at desc, id desc)
    where not is_read;

-- The mails sent, so that a listener heard again never mails twice; guests have no user row.
create table notifications.sent_mail (
    dedupe_key text                     primary key,  -- the event's type and natural id
    recipient  varchar(254)             not null,
    subject    varchar(300)             not null,
    sent_at    timestamp with time zone not null
);
