-- A change waiting for approval is blocked when a legal hold placed after it freezes its group
-- (it would let held messages be deleted sooner): it can no longer be approved, and says why.
alter table change_request drop constraint change_request_status_ck;
alter table change_request add constraint change_request_status_ck
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'BLOCKED'));
