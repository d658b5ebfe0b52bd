CREATE SCHEMA crm;
CREATE FUNCTION crm.display_name(text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT upper($1) $_$;
CREATE FUNCTION crm.stamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE crm.contacts (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    deleted boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY crm.contacts REPLICA IDENTITY FULL;
CREATE TABLE crm.notes (
    id integer NOT NULL,
    contact_id integer,
    body text
);
CREATE VIEW crm.contact_notes AS
 SELECT c.id,
    c.name,
    c.email,
    n.body
   FROM (crm.contacts c
     JOIN crm.notes n ON ((n.contact_id = c.id)));
ALTER TABLE ONLY crm.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY crm.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
CREATE INDEX contacts_email_idx ON crm.contacts USING btree (email);
CREATE TRIGGER contacts_stamp BEFORE INSERT OR UPDATE ON crm.contacts FOR EACH ROW EXECUTE FUNCTION crm.stamp();
ALTER TABLE ONLY crm.notes
    ADD CONSTRAINT notes_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES crm.contacts(id);
ALTER TABLE crm.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_visible ON crm.contacts USING (((NOT deleted) AND (email IS NOT NULL)));
