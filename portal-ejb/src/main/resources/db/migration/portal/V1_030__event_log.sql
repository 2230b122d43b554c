-- Every domain event of a store, appended in the transaction of the change that fired it and never
-- updated or deleted: the source of webhooks out and of analytics. The payload is the event's
-- non-personal fields as JSON text (TEXT rather than JSON, which MariaDB and MySQL store
-- differently). The event id is the key of the event's effects (the outbox carries it too); like
-- every index of a store's table, its unique key starts with the store. Lists read by store and
-- time, of all types or of one.
CREATE TABLE EVENT_LOG (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  EVENT_ID        CHAR(36)      NOT NULL,
  TYPE            VARCHAR(60)   NOT NULL,
  OCCURRED_AT     DATETIME(6)   NOT NULL,
  PAYLOAD         TEXT          NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_EVENT_LOG_EVENT UNIQUE (TENANT_ID, EVENT_ID),
  KEY IX_EVENT_LOG_TENANT_TIME (TENANT_ID, OCCURRED_AT),
  KEY IX_EVENT_LOG_TENANT_TYPE_TIME (TENANT_ID, TYPE, OCCURRED_AT),
  CONSTRAINT FK_EVENT_LOG_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
