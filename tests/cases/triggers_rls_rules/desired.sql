CREATE SCHEMA app;
CREATE FUNCTION app.append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN RAISE EXCEPTION 'audit_log is append-only'; END$$;
CREATE FUNCTION app.audit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO app.audit_log (account_id, old_balance, new_balance) VALUES (NEW.id, OLD.balance, NEW.balance);
  RETURN NEW;
END $$;
CREATE FUNCTION app.check_owner() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN RETURN NULL; END$$;
CREATE FUNCTION app.on_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$BEGIN NULL; END$$;
CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TABLE app.accounts (
    id integer NOT NULL,
    owner text NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE ONLY app.accounts FORCE ROW LEVEL SECURITY;
CREATE TABLE app.audit_log (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    old_balance numeric,
    new_balance numeric,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE app.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY app.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);
CREATE RULE accounts_no_delete AS
    ON DELETE TO app.accounts DO INSTEAD NOTHING;
COMMENT ON RULE accounts_no_delete ON app.accounts IS 'accounts are closed, never deleted';
CREATE TRIGGER accounts_audit AFTER UPDATE ON app.accounts FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION app.audit();
COMMENT ON TRIGGER accounts_audit ON app.accounts IS 'every balance change';
CREATE TRIGGER accounts_debug AFTER INSERT ON app.accounts FOR EACH STATEMENT EXECUTE FUNCTION app.check_owner();
ALTER TABLE app.accounts DISABLE TRIGGER accounts_debug;
CREATE CONSTRAINT TRIGGER accounts_owner_check AFTER INSERT OR UPDATE ON app.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.check_owner();
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON app.audit_log FOR EACH ROW EXECUTE FUNCTION app.append_only();
ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_no_overdraft ON app.accounts AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK ((balance >= (0)::numeric));
CREATE POLICY accounts_owner ON app.accounts FOR SELECT USING ((owner = CURRENT_USER));
COMMENT ON POLICY accounts_owner ON app.accounts IS 'owners see their accounts';
CREATE EVENT TRIGGER app_on_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE')
   EXECUTE FUNCTION app.on_ddl();
COMMENT ON EVENT TRIGGER app_on_ddl IS 'hook';
