INSERT INTO audit.ledger VALUES (1, 'opening balance');
