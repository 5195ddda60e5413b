-- Every audit log checkpoint size the console has signed and handed out, with its root (DD017):
-- a later checkpoint must be consistent with the newest of these, and the console refuses to sign
-- over a shorter or different history. Rows are only ever added.
create table published_checkpoint (
    tree_size    bigint       not null primary key,
    root_hash    varchar(64)  not null,
    signed_note  varchar(4000) not null,
    published_at timestamp with time zone not null
);
