-- The inventory's published read model: the units of a product that may still be sold, for other
-- modules' queries (the cart shows them on every line). Its columns may be added to, never renamed
-- or dropped. A product without a stock row has nothing available, so readers outer-join it.
create view inventory.stock_available as
select s.product_id, s.available
from inventory.stock s;
