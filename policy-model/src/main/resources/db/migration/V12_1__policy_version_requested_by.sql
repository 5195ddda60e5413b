-- Issue 12, item 11: a version keeps who asked for it apart from who approved it. For an approved
-- change changed_by is the approver (whose decision applied it); requested_by is the requester.
alter table deletion_policy_version add column requested_by varchar(100);

update deletion_policy_version set requested_by =
    (select r.requested_by from change_request r where r.policy_version_id = deletion_policy_version.id)
where exists (select 1 from change_request r where r.policy_version_id = deletion_policy_version.id);

update deletion_policy_version set requested_by = changed_by where requested_by is null;
