-- A store opens once its merchant has proved the sign-up address by a link sent there; an
-- address anyone could type in must not become a store, nor an account others are invited into.
ALTER TABLE TENANT
  ADD COLUMN VERIFIED_AT DATETIME(6) NULL,
  ADD COLUMN VERIFICATION_SENT_AT DATETIME(6) NULL,
  ADD KEY IX_TENANT_OWNER (OWNER_USER_ID);

-- Stores that exist already were opened before addresses were checked: they stay open.
UPDATE TENANT SET VERIFIED_AT = CREATED_AT;

-- An invitation is now a link e-mailed to the invited address, valid until EXPIRES_AT; sending it
-- again moves the expiry, which also makes the earlier links invalid (they signed the old one).
ALTER TABLE STAFF_INVITATION
  ADD COLUMN EXPIRES_AT DATETIME(6) NULL,
  ADD COLUMN SENT_AT DATETIME(6) NULL;
