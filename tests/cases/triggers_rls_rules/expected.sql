-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create function app.append_only()
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('app.append_only()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION app.append_only() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'audit_log is append-only'; END$$;
  END IF;
END
$_$;

-- create function app.audit()
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('app.audit()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION app.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app.audit_log (account_id, old_balance, new_balance) VALUES (NEW.id, OLD.balance, NEW.balance);
  RETURN NEW;
END $$;
  END IF;
END
$_$;

-- create function app.check_owner()
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('app.check_owner()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION app.check_owner() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
  END IF;
END
$_$;

-- create function app.on_ddl()
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('app.on_ddl()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN NULL; END$$;
  END IF;
END
$_$;

-- create table app.audit_log
CREATE TABLE IF NOT EXISTS app.audit_log (id bigint GENERATED ALWAYS AS IDENTITY(SEQUENCE NAME app.audit_log_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1) NOT NULL, account_id integer NOT NULL, old_balance numeric, new_balance numeric, changed_at timestamp with time zone DEFAULT now() NOT NULL);

-- add primary key constraint audit_log_pkey on app.audit_log
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'audit_log' AND c.conname = 'audit_log_pkey') THEN
    ALTER TABLE app.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);
  END IF;
END
$$;

-- create rule accounts_no_delete on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_rewrite AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.ev_class JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.rulename = 'accounts_no_delete') THEN
    CREATE RULE accounts_no_delete AS ON DELETE TO app.accounts DO INSTEAD NOTHING;
  END IF;
END
$$;

-- create trigger accounts_audit on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.tgrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.tgname = 'accounts_audit' AND NOT o.tgisinternal) THEN
    CREATE TRIGGER accounts_audit AFTER UPDATE ON app.accounts FOR EACH ROW WHEN (old.balance IS DISTINCT FROM new.balance) EXECUTE PROCEDURE app.audit();
  END IF;
END
$$;

-- create trigger accounts_debug on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.tgrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.tgname = 'accounts_debug' AND NOT o.tgisinternal) THEN
    CREATE TRIGGER accounts_debug AFTER INSERT ON app.accounts FOR EACH STATEMENT EXECUTE PROCEDURE app.check_owner();
    ALTER TABLE app.accounts DISABLE TRIGGER accounts_debug;
  END IF;
END
$$;

-- create trigger accounts_owner_check on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.tgrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.tgname = 'accounts_owner_check' AND NOT o.tgisinternal) THEN
    CREATE CONSTRAINT TRIGGER accounts_owner_check AFTER INSERT OR UPDATE ON app.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE PROCEDURE app.check_owner();
  END IF;
END
$$;

-- create trigger audit_log_append_only on app.audit_log
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.tgrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'audit_log' AND o.tgname = 'audit_log_append_only' AND NOT o.tgisinternal) THEN
    CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON app.audit_log FOR EACH ROW EXECUTE PROCEDURE app.append_only();
  END IF;
END
$$;

-- create policy accounts_no_overdraft on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.polrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.polname = 'accounts_no_overdraft') THEN
    BEGIN
      CREATE POLICY accounts_no_overdraft ON app.accounts AS RESTRICTIVE FOR update TO PUBLIC USING (TRUE) WITH CHECK (balance >= CAST(0 AS numeric));
    EXCEPTION WHEN undefined_object THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: policy accounts_no_overdraft on app.accounts: a role it names does not exist here; create the role, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- create policy accounts_owner on app.accounts
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.polrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'app' AND r.relname = 'accounts' AND o.polname = 'accounts_owner') THEN
    BEGIN
      CREATE POLICY accounts_owner ON app.accounts AS PERMISSIVE FOR select TO PUBLIC USING (owner = CURRENT_USER);
    EXCEPTION WHEN undefined_object THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: policy accounts_owner on app.accounts: a role it names does not exist here; create the role, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- set forced row level security on app.accounts
ALTER TABLE app.accounts FORCE ROW LEVEL SECURITY;

-- set row level security on app.accounts
ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;

-- create event trigger app_on_ddl
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger AS o WHERE o.evtname = 'app_on_ddl') THEN
    CREATE EVENT TRIGGER app_on_ddl ON ddl_command_end WHEN tag IN ('CREATE TABLE') EXECUTE PROCEDURE app.on_ddl();
  END IF;
END
$$;

-- set comment on rule accounts_no_delete on app.accounts
COMMENT ON RULE accounts_no_delete ON app.accounts IS 'accounts are closed, never deleted';

-- set comment on trigger accounts_audit on app.accounts
COMMENT ON TRIGGER accounts_audit ON app.accounts IS 'every balance change';

-- set comment on policy accounts_owner on app.accounts
COMMENT ON POLICY accounts_owner ON app.accounts IS 'owners see their accounts';

-- set comment on event trigger app_on_ddl
COMMENT ON EVENT TRIGGER app_on_ddl IS 'hook';
