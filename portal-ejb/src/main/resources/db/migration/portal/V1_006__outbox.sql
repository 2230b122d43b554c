-- Side effects waiting to happen: written in the transaction of the change that causes them,
-- delivered by a worker on any server (rows claimed with FOR UPDATE SKIP LOCKED).
CREATE TABLE OUTBOX (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  EVENT_ID        CHAR(36)      NOT NULL,
  TENANT_SLUG     VARCHAR(63)   NOT NULL,
  KIND            VARCHAR(20)   NOT NULL,
  PAYLOAD         LONGTEXT      NOT NULL,
  CREATED_AT      DATETIME(6)   NOT NULL,
  ATTEMPTS        INT           NOT NULL,
  NEXT_ATTEMPT_AT DATETIME(6)   NOT NULL,
  SENT_AT         DATETIME(6)   NULL,
  GAVE_UP_AT      DATETIME(6)   NULL,
  LAST_ERROR      VARCHAR(1000) NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_OUTBOX_EVENT UNIQUE (EVENT_ID),
  KEY IX_OUTBOX_DUE (SENT_AT, GAVE_UP_AT, NEXT_ATTEMPT_AT)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
