-- What a person may do in a store belongs to their Keycloak user id (the token's "sub"), never to
-- an e-mail address, which a person can change or someone else can register first.
ALTER TABLE TENANT ADD COLUMN OWNER_USER_ID VARCHAR(36) NULL;

ALTER TABLE STAFF_INVITATION
  ADD COLUMN USER_ID VARCHAR(36) NULL,
  ADD COLUMN ACCEPTED_AT DATETIME(6) NULL,
  ADD KEY IX_STAFF_INVITATION_USER (TENANT_ID, USER_ID);

-- Invitations made before this version joined the person to the store at once: they count as
-- accepted. Their user ids are filled in from Keycloak by StaffIdentityBackfill.
UPDATE STAFF_INVITATION SET ACCEPTED_AT = INVITED_AT;
