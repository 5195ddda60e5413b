-- H2 has no SQL-level triggers (only Java trigger classes); the report service never updates a
-- finished report. On PostgreSQL the same version installs real triggers.
select 1;
