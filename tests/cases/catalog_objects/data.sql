INSERT INTO kb.articles (id, title, body, words) VALUES (1, 'Hello', 'hello world', 2), (2, 'Bye', NULL, 0);
