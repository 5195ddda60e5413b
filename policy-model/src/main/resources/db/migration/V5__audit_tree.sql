-- The audit log as an RFC 9162 Merkle tree kept in C2SP tlog-tiles: one row per tile (256 hashes at
-- most, base64), only the right edge is ever rewritten; and the committed tree size. Leaf i is the
-- SHA-256 event hash of audit event seq = i + 1 (its 32 bytes as the entry).
create table audit_tile (
    tile_level integer not null,
    tile_index bigint  not null,
    width      integer not null,
    hashes     varchar not null,
    primary key (tile_level, tile_index),
    constraint audit_tile_width_ck check (width between 1 and 256)
);

create table audit_tree (
    id        integer not null primary key,
    tree_size bigint  not null
);
insert into audit_tree (id, tree_size) values (1, 0);
