-- One row that every compliance run locks (select ... for update) until its transaction ends, so
-- that console processes sharing this database never evaluate at the same time: two runs reading
-- the same open findings would each insert the same new one (issue 13, DD049).
create table compliance_run_lock (
    id integer primary key
);
insert into compliance_run_lock (id) values (1);
