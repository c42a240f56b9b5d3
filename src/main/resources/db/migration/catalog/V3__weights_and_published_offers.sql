-- A product's shipping weight, for per-kilogram shipping rates; unknown weights stay null.
alter table catalog.product add column weight_grams integer
    constraint product_weight_grams_check check (weight_grams between 1 and 1000000);

-- The catalog's published read model: what other modules (the cart, checkout, promotions,
-- shipping) may read of a product, by id, in their own queries. Its columns are a contract: they
-- may be added to, never renamed or dropped; the tables behind it stay the catalog's own.
-- Deleted products are not in it. category_ids holds the product's category first, then its
-- ancestors up to the root, so a promotion on a category covers its sub-categories.
create view catalog.product_offer as
select p.id,
       p.shopkeeper_id,
       p.name,
       p.slug,
       p.sku,
       p.price,
       p.status,
       p.stock_status,
       p.shop_listed,
       p.weight_grams,
       p.category_id,
       (select i.url from catalog.product_image i
        where i.product_id = p.id order by i.position limit 1) as image_url,
       (with recursive up as (
            select c.id, c.parent_id, 0 as depth from catalog.category c where c.id = p.category_id
            union all
            select c.id, c.parent_id, up.depth + 1 from catalog.category c join up on c.id = up.parent_id)
        select array_agg(up.id order by up.depth) from up) as category_ids
from catalog.product p
where p.deleted_at is null;
