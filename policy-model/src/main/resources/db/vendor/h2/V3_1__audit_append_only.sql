-- H2 has no SQL-level triggers (only Java trigger classes); the console's audit service is the only
-- writer and never updates or deletes. On PostgreSQL the same version installs real triggers.
select 1;
