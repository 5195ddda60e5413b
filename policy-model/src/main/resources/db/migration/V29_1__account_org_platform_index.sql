-- The dashboard and the Platforms view count accounts by platform within an organization
-- scope (dashboard.DashboardService, DD058). Without this index the count reads every
-- account row behind account_org_idx (250,000 row lookups for the whole department on the
-- large data set); with it the count is answered from the index alone.
create index account_org_platform_idx on account (organization_id, platform_id);
