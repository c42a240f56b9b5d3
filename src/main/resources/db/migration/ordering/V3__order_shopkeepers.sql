-- The shops that sell an order's lines, in the order of their first line, kept on the order:
-- the events of a payment, a transition or a refund name them without reading the lines.
-- A line never changes shop, so the list is written once, with the order.
alter table ordering.customer_order add column shopkeeper_ids uuid[];

update ordering.customer_order o
set shopkeeper_ids = array(select i.shopkeeper_id
                           from ordering.order_item i
                           where i.order_id = o.id
                           group by i.shopkeeper_id
                           order by min(i.position));

alter table ordering.customer_order alter column shopkeeper_ids set not null;

-- the lines add up to the order, as before, and their shops are the order's
create or replace function ordering.check_order_lines() returns trigger
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
               or array(select distinct s from unnest(o.shopkeeper_ids) s order by s)
                  <> array_agg(distinct i.shopkeeper_id order by i.shopkeeper_id)
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

-- and they are checked when the shops or a line's shop or order change, not only the amounts
drop trigger customer_order_lines_check on ordering.customer_order;
create constraint trigger customer_order_lines_check
    after insert or update of subtotal, discount_total, shipping_cost, tax, shopkeeper_ids on ordering.customer_order
    deferrable initially deferred
    for each row execute function ordering.check_order_lines();

drop trigger order_item_lines_check on ordering.order_item;
create constraint trigger order_item_lines_check
    after insert or update of line_total, discount_share, shipping_share, tax_share, shopkeeper_id, order_id
    on ordering.order_item
    deferrable initially deferred
    for each row execute function ordering.check_order_lines();
