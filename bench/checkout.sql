-- The writes of one checkout of three products and its payment, as Mercato makes them, in one
-- transaction: what the database can do when nothing but SQL stands between it and the orders.
-- pgbench runs it (RawSqlBaseline, from bench/run.sh) with --protocol=prepared and the variables
-- customers and products; bench.customer and bench.product number the generated marketplace's
-- customers and products to buy, and bench.uuid7() makes time-ordered ids as the application does.
-- Each client is one customer, as each thread of the HTTP load is.
\set c :client_id % :customers + 1
\set third :products / 3
\set p1 random(1, :third)
\set p2 :p1 + :third
\set p3 :p2 + :third
BEGIN;
-- the cart and its three lines (three requests over HTTP)
INSERT INTO cart.cart (id, user_id, status, created_at, updated_at)
SELECT bench.uuid7(), user_id, 'ACTIVE', now(), now() FROM bench.customer WHERE n = :c
ON CONFLICT (user_id) WHERE status = 'ACTIVE' DO UPDATE SET updated_at = excluded.updated_at
RETURNING id AS cart_id \gset
INSERT INTO cart.cart_item (id, cart_id, product_id, quantity, created_at, updated_at)
SELECT bench.uuid7(), :cart_id::uuid, product_id, 1, now(), now() FROM bench.product WHERE n IN (:p1, :p2, :p3)
ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = excluded.quantity, updated_at = excluded.updated_at;
-- checkout: the stock rows locked in product order, the reservation, its ledger rows and the
-- reserved units in one statement
SELECT bench.uuid7() AS order_id \gset
SELECT product_id FROM inventory.stock
WHERE product_id IN (SELECT product_id FROM bench.product WHERE n IN (:p1, :p2, :p3))
ORDER BY product_id FOR UPDATE;
WITH line AS (
    SELECT product_id, 1 AS quantity FROM bench.product WHERE n IN (:p1, :p2, :p3)
), held AS (
    INSERT INTO inventory.reservation (reference, product_id, quantity, state, created_at, updated_at)
    SELECT :order_id, line.product_id, line.quantity, 'ACTIVE', now(), now() FROM line
    RETURNING product_id
), moved AS (
    INSERT INTO inventory.stock_movement (id, product_id, delta_quantity, delta_reserved, reason, reference, created_at)
    SELECT bench.uuid7(), line.product_id, 0, line.quantity, 'RESERVE', :order_id, now() FROM line
)
UPDATE inventory.stock s SET reserved = s.reserved + line.quantity, updated_at = now()
FROM line WHERE s.product_id = line.product_id;
-- the order, its history and its lines, priced from the products
INSERT INTO ordering.customer_order (id, user_id, customer_email, customer_name, ship_full_name, ship_line1,
                                     ship_city, ship_postal_code, ship_country, currency, subtotal,
                                     discount_total, shipping_cost, tax, total, shipping_method,
                                     shipping_method_name, tax_name, tax_rate, status, payment_status,
                                     payment_method, placed_at, reservation_expires_at, shopkeeper_ids, version,
                                     created_at, updated_at)
SELECT :order_id::uuid, c.user_id, c.email, c.full_name, c.full_name, c.line1, c.city, c.postal_code, c.country,
       'EUR', p.subtotal, 0, 0, p.tax, p.subtotal + p.tax,
       'standard', 'Standard delivery', 'VAT', 19, 'PENDING', 'UNPAID', 'CREDIT_CARD', now(),
       now() + interval '15 minutes', p.shops, 0, now(), now()
FROM bench.customer c,
     (SELECT sum(price) AS subtotal, sum(round(price * 0.19, 2)) AS tax,
             array(SELECT shopkeeper_id FROM bench.product WHERE n IN (:p1, :p2, :p3)
                   GROUP BY shopkeeper_id ORDER BY min(n)) AS shops
      FROM bench.product WHERE n IN (:p1, :p2, :p3)) p
WHERE c.n = :c
RETURNING order_number \gset
INSERT INTO ordering.order_status_change (id, order_id, from_status, to_status, actor, actor_id, created_at,
                                          updated_at)
SELECT bench.uuid7(), :order_id::uuid, NULL, 'PENDING', 'CUSTOMER', user_id, now(), now() FROM bench.customer WHERE n = :c;
INSERT INTO ordering.order_item (id, order_id, position, product_id, shopkeeper_id, product_name, sku, unit_price,
                                 quantity, line_total, discount_share, shipping_share, tax_share,
                                 fulfilment_status, created_at, updated_at)
SELECT bench.uuid7(), :order_id::uuid, row_number() OVER (ORDER BY n) - 1, product_id, shopkeeper_id, name, sku, price,
       1, price, 0, 0, round(price * 0.19, 2), 'UNFULFILLED', now(), now()
FROM bench.product WHERE n IN (:p1, :p2, :p3);
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                               completion_attempts, last_resubmission_date)
VALUES (gen_random_uuid(), 'io.mercato.ordering.OrderPlaced',
        'io.mercato.notifications.internal.NotificationListeners.on(io.mercato.ordering.OrderPlaced)', now(),
        json_build_object('order_id', :order_id::text, 'order_number', :order_number::text)::text, 'PUBLISHED', 1, now())
RETURNING id AS placed_event \gset
UPDATE cart.cart SET status = 'CONVERTED', order_id = :order_id, updated_at = now()
WHERE id = :cart_id AND status = 'ACTIVE';
-- payment: the order locked, the reservation committed (units leave the stock), the payment, the
-- history of PROCESSING and CONFIRMED, the order paid
SELECT id FROM ordering.customer_order WHERE id = :order_id FOR NO KEY UPDATE;
WITH line AS (
    UPDATE inventory.reservation SET state = 'COMMITTED', updated_at = now()
    WHERE reference = :order_id AND state = 'ACTIVE'
    RETURNING product_id, quantity
), moved AS (
    INSERT INTO inventory.stock_movement (id, product_id, delta_quantity, delta_reserved, reason, reference, created_at)
    SELECT bench.uuid7(), line.product_id, -line.quantity, -line.quantity, 'COMMIT', :order_id, now() FROM line
)
UPDATE inventory.stock s SET quantity = s.quantity - line.quantity, reserved = s.reserved - line.quantity,
                             updated_at = now()
FROM line WHERE s.product_id = line.product_id;
INSERT INTO payments.payment (id, order_id, order_number, method, status, amount, currency, gateway, transaction_id,
                              gateway_response, attempts, paid_at, created_at, updated_at)
SELECT bench.uuid7(), id, order_number, 'CREDIT_CARD', 'COMPLETED', total, 'EUR', 'simulated',
       'sim_' || replace(gen_random_uuid()::text, '-', ''), '{"gateway": "simulated", "status": "paid"}', 1, now(),
       now(), now()
FROM ordering.customer_order WHERE id = :order_id;
INSERT INTO ordering.order_status_change (id, order_id, from_status, to_status, actor, created_at, updated_at)
VALUES (bench.uuid7(), :order_id::uuid, 'PENDING', 'PROCESSING', 'SYSTEM', now(), now()),
       (bench.uuid7(), :order_id::uuid, 'PROCESSING', 'CONFIRMED', 'SYSTEM', now(), now());
UPDATE ordering.customer_order SET status = 'CONFIRMED', payment_status = 'PAID', paid_at = now(), version = 1,
                                   updated_at = now()
WHERE id = :order_id AND version = 0;
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                               completion_attempts, last_resubmission_date)
VALUES (gen_random_uuid(), 'io.mercato.ordering.OrderPaid',
        'io.mercato.notifications.internal.NotificationListeners.on(io.mercato.ordering.OrderPaid)', now(),
        json_build_object('order_id', :order_id::text, 'order_number', :order_number::text)::text, 'PUBLISHED', 1, now())
RETURNING id AS paid_event \gset
-- both publications delivered: completion deletes them
DELETE FROM event_publication WHERE id IN (:placed_event, :paid_event);
END;
