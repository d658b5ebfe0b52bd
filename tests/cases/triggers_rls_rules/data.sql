INSERT INTO app.accounts (id, owner, balance) VALUES (1, 'ada', 100), (2, 'bob', 0);
