-- Members: a shopper's account (Keycloak user id) joined to one store's program, by their consent.
-- The table is called STORE_MEMBER because MEMBER is a reserved word of MySQL 8.
-- A member who leaves becomes a tombstone: user id, address, name and consent are cleared (NULL),
-- LEFT_AT is set; the unique keys ignore NULLs, so the account can join again as a new member and
-- the name becomes free. DISPLAY_KEY is the name as it looks (case, accents and look-alike letters
-- folded): two members of a store cannot show names that look the same.
CREATE TABLE STORE_MEMBER (
  ID               BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID        BIGINT        NOT NULL,
  KEYCLOAK_USER_ID VARCHAR(36)   NULL,
  EMAIL            VARCHAR(254)  NULL,
  DISPLAY_NAME     VARCHAR(30)   NULL,
  DISPLAY_KEY      VARCHAR(120)  NULL,
  LANGUAGE         VARCHAR(16)   NOT NULL,
  MAIL_RETURNS     BOOLEAN       NOT NULL,
  MAIL_COMMUNITY   BOOLEAN       NOT NULL,
  MAIL_POINTS      BOOLEAN       NOT NULL,
  JOINED_AT        DATETIME(6)   NOT NULL,
  CONSENT_AT       DATETIME(6)   NULL,
  CONSENT_VERSION  VARCHAR(20)   NULL,
  LEFT_AT          DATETIME(6)   NULL,
  VERSION          BIGINT        NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_MEMBER_USER UNIQUE (TENANT_ID, KEYCLOAK_USER_ID),
  CONSTRAINT UK_MEMBER_DISPLAY_KEY UNIQUE (TENANT_ID, DISPLAY_KEY),
  KEY IX_MEMBER_EMAIL (TENANT_ID, EMAIL),
  KEY IX_MEMBER_JOINED (TENANT_ID, JOINED_AT),
  CONSTRAINT FK_MEMBER_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
