-- Which fields of a schedule item a records officer set by hand, who and when (issue 19, item 2):
-- an import keeps these fields as the officer left them and says so in its result (DD039).
create table schedule_item_officer_field (
    schedule_item_id bigint       not null references schedule_item (id),
    field            varchar(32)  not null,
    set_by           varchar(100) not null,
    set_at           timestamp with time zone not null,
    constraint schedule_item_officer_field_pk primary key (schedule_item_id, field)
);
