-- Deadlines that move themselves: the send-by date a shopper was last reminded of (a moved date is
-- reminded again), and incidents (a strike, a storm, the peak after a sale) that give the returns
-- of a region or carrier more time. An incident the operator declares across stores is one
-- PLATFORM_INCIDENT with a copy in each store, so that each store lists and ends its own. The copy
-- names its PLATFORM_INCIDENT without a foreign key: the copies are written in transactions of
-- their own, while the operator's row is not committed yet.
ALTER TABLE RETURN_CASE ADD COLUMN REMINDED_FOR DATETIME(6) NULL AFTER REFUND_BY;

CREATE TABLE PLATFORM_INCIDENT (
  ID             BIGINT        NOT NULL AUTO_INCREMENT,
  COUNTRIES      VARCHAR(800)  NOT NULL,
  CARRIER        VARCHAR(60)   NULL,
  CAUSE          VARCHAR(20)   NOT NULL,
  REASON_EN      VARCHAR(500)  NOT NULL,
  REASON_ZH      VARCHAR(500)  NULL,
  STARTS_AT      DATETIME(6)   NOT NULL,
  ENDS_AT        DATETIME(6)   NOT NULL,
  EXTENSION_DAYS INT           NOT NULL,
  DECLARED_BY    VARCHAR(254)  NULL,
  DECLARED_AT    DATETIME(6)   NOT NULL,
  ENDED_AT       DATETIME(6)   NULL,
  STORES         INT           NOT NULL,
  VERSION        BIGINT        NOT NULL,
  PRIMARY KEY (ID),
  KEY IX_PLATFORM_INCIDENT_DECLARED (DECLARED_AT)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE INCIDENT (
  ID                   BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID            BIGINT        NOT NULL,
  PLATFORM_INCIDENT_ID BIGINT        NULL,
  COUNTRIES            VARCHAR(800)  NOT NULL,
  CARRIER              VARCHAR(60)   NULL,
  CAUSE                VARCHAR(20)   NOT NULL,
  REASON_EN            VARCHAR(500)  NOT NULL,
  REASON_ZH            VARCHAR(500)  NULL,
  STARTS_AT            DATETIME(6)   NOT NULL,
  ENDS_AT              DATETIME(6)   NOT NULL,
  EXTENSION_DAYS       INT           NOT NULL,
  DECLARED_BY          VARCHAR(254)  NULL,
  DECLARED_AT          DATETIME(6)   NOT NULL,
  ENDED_AT             DATETIME(6)   NULL,
  RETURNS_MOVED        INT           NOT NULL,
  VERSION              BIGINT        NOT NULL,
  PRIMARY KEY (ID),
  KEY IX_INCIDENT_ENDS (TENANT_ID, ENDS_AT),
  KEY IX_INCIDENT_PLATFORM (TENANT_ID, PLATFORM_INCIDENT_ID),
  CONSTRAINT FK_INCIDENT_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
