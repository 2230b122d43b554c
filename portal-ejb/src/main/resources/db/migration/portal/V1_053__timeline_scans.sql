-- The parcel's journey on a return's timeline: a carrier scan's entry keeps where the parcel was
-- and the stage the carrier's words map to, so that pages can say it in the shopper's language.
ALTER TABLE RETURN_EVENT ADD COLUMN STAGE VARCHAR(20) NULL AFTER TEXT;
ALTER TABLE RETURN_EVENT ADD COLUMN LOCATION VARCHAR(120) NULL AFTER STAGE;
