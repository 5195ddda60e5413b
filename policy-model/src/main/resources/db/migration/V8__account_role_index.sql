-- Full compliance runs and department-wide reports read every account's role category
-- (groups.MembershipScan); this index covers that read (id and role category only), so the
-- database does not scan whole account rows.
create index account_role_idx on account (role_category, id);
