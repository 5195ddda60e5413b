-- PostgreSQL enforces that the audit log only grows: no UPDATE, DELETE or TRUNCATE of audit events.
create or replace function audit_event_is_append_only() returns trigger as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$ language plpgsql;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
