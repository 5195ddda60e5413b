-- Issue 18 (DD060): the retention a conversation without a policy of its own follows, in days
-- (-1 keeps forever; null: not configured), for platforms whose API does not expose it: Slack's
-- org or workspace default.
alter table platform add column default_retention_days integer;
