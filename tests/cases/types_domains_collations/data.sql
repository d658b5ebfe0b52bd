INSERT INTO geo.people (id, email, age) VALUES (1, 'ada@example.com', 36), (2, 'Bob@Example.com', 41);
