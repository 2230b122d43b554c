-- The parcel's journey: a promised refund date that moves with the send-by date, and an index
-- for the sweeps that remind and expire returns whose parcel was not sent in time.
ALTER TABLE RETURN_CASE ADD COLUMN REFUND_BY DATETIME(6) NULL AFTER SHIP_BY;

UPDATE RETURN_CASE
   SET REFUND_BY = CASE
         WHEN SHIP_BY IS NULL THEN DATE_ADD(DECIDED_AT, INTERVAL 3 DAY)
         WHEN CROSSES_BORDER THEN DATE_ADD(SHIP_BY, INTERVAL 17 DAY)
         ELSE DATE_ADD(SHIP_BY, INTERVAL 10 DAY)
       END
 WHERE STATUS = 'APPROVED';

CREATE INDEX IX_RETURN_SHIP_BY ON RETURN_CASE (TENANT_ID, STATUS, SHIP_BY);
