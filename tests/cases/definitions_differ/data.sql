INSERT INTO crm.contacts (id, name, email) VALUES (1, 'ada', 'ada@example.com'), (2, 'bob', NULL);
INSERT INTO crm.notes (id, contact_id, body) VALUES (1, 1, 'met at the conference');
