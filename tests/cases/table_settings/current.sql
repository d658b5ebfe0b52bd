CREATE SCHEMA audit;
CREATE TABLE audit.ledger (
    id bigint NOT NULL,
    note text
);
