-- The Keycloak organization of each tenant, kept at onboarding so that staff can be added to it
-- without searching Keycloak; NULL only for tenants onboarded before this column existed.
ALTER TABLE TENANT ADD COLUMN KEYCLOAK_ORGANIZATION_ID VARCHAR(36) NULL;

-- API keys change once (revocation): optimistic locking like every mutable aggregate.
ALTER TABLE API_KEY ADD COLUMN VERSION BIGINT NOT NULL DEFAULT 0;
