-- Tables of the test fixtures only; never part of the application's migrations.
create schema fixtures;

create table fixtures.sample (
    id         uuid                     primary key,
    name       varchar(50)              not null,
    price      numeric(12, 2)           not null,
    version    bigint                   not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
