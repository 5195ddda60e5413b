-- One row that every audit append locks (select ... for update) until its transaction ends, so
-- that console processes sharing this database append one chain and one tree (issue 13, DD038).
create table audit_append_lock (
    id integer primary key
);
insert into audit_append_lock (id) values (1);
