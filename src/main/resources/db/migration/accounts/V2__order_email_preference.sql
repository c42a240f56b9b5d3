-- A user's choice to get mails about their orders (placed, paid, shipped, refunded); on unless
-- switched off in the profile. Mails about the account itself are always sent.
alter table accounts.app_user add column order_emails boolean not null default true;
