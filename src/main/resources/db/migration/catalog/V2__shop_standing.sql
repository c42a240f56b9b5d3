-- A shop's standing, as the accounts module reports it: a product is public only while its
-- shopkeeper is verified and active. The flag sits on the product so that the public list filters
-- on a column of the rows it reads anyway, in one query; the catalog keeps it in step with the
-- accounts module's events (ShopStanding), one set-based update per shopkeeper.
alter table catalog.product add column shop_listed boolean not null default true;

-- The public list's partial indexes hold only what the public may see, so a hidden shop's products
-- are not even in them: their predicate gains the flag, which the list's scope states too. The
-- names stay, as the benchmark and docs/performance.md name them. product_status_idx, which serves
-- the unfiltered newest-first list and the admins' status lists, keeps its predicate: the public
-- list skips a hidden shop's rows there by the flag, as rare as hidden shops are.
drop index catalog.product_public_price_idx;
create index product_public_price_idx on catalog.product (price, id)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed;
drop index catalog.product_public_name_idx;
create index product_public_name_idx on catalog.product (name, id)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed;
drop index catalog.product_public_category_idx;
create index product_public_category_idx on catalog.product (category_id, created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed;
drop index catalog.product_public_category_price_idx;
create index product_public_category_price_idx on catalog.product (category_id, price, id)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed;
drop index catalog.product_public_brand_idx;
create index product_public_brand_idx on catalog.product (brand_id, created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed;
drop index catalog.product_public_featured_idx;
create index product_public_featured_idx on catalog.product (created_at desc, id desc)
    where status = 'PUBLISHED' and deleted_at is null and shop_listed and is_featured;
