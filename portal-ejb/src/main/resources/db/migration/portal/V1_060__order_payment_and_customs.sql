-- The gateway's id of an order's payment (what a refund goes back to), and the import declaration
-- a cross-border order entered under (what a customs broker quotes to reclaim duties).
ALTER TABLE CUSTOMER_ORDER
  ADD COLUMN PAYMENT_REFERENCE   VARCHAR(255) NULL,
  ADD COLUMN CUSTOMS_ENTRY       VARCHAR(64)  NULL,
  ADD COLUMN CUSTOMS_DECLARED_AT DATETIME(6)  NULL;
