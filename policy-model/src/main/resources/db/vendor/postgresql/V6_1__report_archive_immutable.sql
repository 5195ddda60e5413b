-- PostgreSQL keeps the archive unchanged: a finished report row (status DONE) can be neither
-- updated nor deleted, and a signed-off disposition draft can no longer be edited.
create or replace function report_done_is_final() returns trigger as $$
begin
    if old.status = 'DONE' then
        raise exception 'report % is archived: % refused', old.id, tg_op;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$ language plpgsql;

create trigger report_done_no_change before update or delete on report
    for each row execute function report_done_is_final();

create or replace function disposition_signed_is_final() returns trigger as $$
begin
    if old.status = 'SIGNED' and (tg_op = 'DELETE' or new.records_description <> old.records_description
            or new.office <> old.office or new.circumstances <> old.circumstances
            or new.safeguards <> old.safeguards or new.recovery <> old.recovery
            or new.signed_off_by <> old.signed_off_by) then
        raise exception 'disposition draft % is signed off: % refused', old.id, tg_op;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$ language plpgsql;

create trigger disposition_signed_no_change before update or delete on disposition_draft
    for each row execute function disposition_signed_is_final();
