INSERT INTO "My Schema"."Order" ("ID") VALUES (1), (2);
