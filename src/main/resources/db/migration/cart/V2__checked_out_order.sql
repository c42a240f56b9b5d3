-- A checked-out cart names the order it became; only a checked-out cart does, and an order comes
-- from one cart at most.
alter table cart.cart add column order_id uuid;  -- ordering's order; set when the cart is CONVERTED
alter table cart.cart add constraint cart_converted_order check ((status = 'CONVERTED') = (order_id is not null));
create unique index cart_order_key on cart.cart (order_id) where order_id is not null;
