-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create index crm.contacts_email_idx
CREATE INDEX IF NOT EXISTS contacts_email_idx ON crm.contacts (email);
