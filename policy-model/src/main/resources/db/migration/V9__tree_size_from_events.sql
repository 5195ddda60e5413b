-- The audit tree's size is the number of audit events (leaf i is event seq i + 1, appended in the
-- same transaction), so it is no longer kept as a row that every append rewrote; likewise the
-- right-edge tile of level 0 is derived from the newest events' hashes (audit.AuditTileStore,
-- DD008). Partial level-0 rows already stored are ignored when read and replaced when full.
drop table audit_tree;
