-- A return's parcel with its carrier: booked after approval, followed by scans until it reaches
-- the hub. One per return; a tracking number names one parcel of a store.
CREATE TABLE PARCEL (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  RETURN_ID       BIGINT        NOT NULL,
  RMA             VARCHAR(12)   NOT NULL,
  CARRIER         VARCHAR(60)   NOT NULL,
  STATE           VARCHAR(12)   NOT NULL,
  TRACKING_NUMBER VARCHAR(60)   NULL,
  STAGE           VARCHAR(20)   NULL,
  STAGE_AT        DATETIME(6)   NULL,
  DELAY_DAYS      INT           NOT NULL DEFAULT 0,
  LAST_ERROR      VARCHAR(500)  NULL,
  CREATED_AT      DATETIME(6)   NOT NULL,
  BOOKED_AT       DATETIME(6)   NULL,
  CANCELLED_AT    DATETIME(6)   NULL,
  VERSION         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  CONSTRAINT UK_PARCEL_RETURN UNIQUE (TENANT_ID, RETURN_ID),
  CONSTRAINT UK_PARCEL_TRACKING UNIQUE (TENANT_ID, TRACKING_NUMBER),
  KEY IX_PARCEL_RMA (TENANT_ID, RMA),
  CONSTRAINT FK_PARCEL_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The carrier's label document, apart from the parcel so that reading scans never loads it.
CREATE TABLE PARCEL_LABEL (
  PARCEL_ID       BIGINT        NOT NULL,
  TENANT_ID       BIGINT        NOT NULL,
  MEDIA_TYPE      VARCHAR(60)   NOT NULL,
  DOCUMENT        MEDIUMBLOB    NOT NULL,
  PRIMARY KEY (PARCEL_ID),
  KEY IX_PARCEL_LABEL_TENANT (TENANT_ID, PARCEL_ID),
  CONSTRAINT FK_PARCEL_LABEL_PARCEL FOREIGN KEY (PARCEL_ID) REFERENCES PARCEL (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every scan once: the key is made of what the carrier said (time, code, place, words), so the
-- same scan polled twice or delivered by two webhooks is stored once.
CREATE TABLE PARCEL_SCAN (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  PARCEL_ID       BIGINT        NOT NULL,
  SCAN_KEY        CHAR(43)      NOT NULL,
  STAGE           VARCHAR(20)   NOT NULL,
  SCANNED_AT      DATETIME(6)   NOT NULL,
  LOCATION        VARCHAR(200)  NULL,
  CARRIER_WORDS   VARCHAR(500)  NOT NULL,
  CARRIER_CODE    VARCHAR(40)   NULL,
  DELAY_DAYS      INT           NOT NULL,
  DELAY_CAUSE     VARCHAR(12)   NULL,
  SOURCE          VARCHAR(10)   NOT NULL,
  RECEIVED_AT     DATETIME(6)   NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_PARCEL_SCAN UNIQUE (TENANT_ID, PARCEL_ID, SCAN_KEY),
  KEY IX_PARCEL_SCAN_TIME (TENANT_ID, PARCEL_ID, SCANNED_AT),
  CONSTRAINT FK_PARCEL_SCAN_PARCEL FOREIGN KEY (PARCEL_ID) REFERENCES PARCEL (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tracking webhook deliveries seen, by the aggregator's event id: a replay is answered, not applied.
CREATE TABLE TRACKING_DELIVERY (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  EVENT_ID        VARCHAR(64)   NOT NULL,
  RECEIVED_AT     DATETIME(6)   NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_TRACKING_DELIVERY UNIQUE (TENANT_ID, EVENT_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The secret a store's tracking webhooks are signed with, sealed (AES-GCM) with a key the servers
-- derive from their own configuration: a copy of the database alone does not reveal it.
CREATE TABLE TRACKING_SECRET (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  SEALED          VARCHAR(200)  NOT NULL,
  ROTATED_AT      DATETIME(6)   NOT NULL,
  VERSION         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  CONSTRAINT UK_TRACKING_SECRET UNIQUE (TENANT_ID),
  CONSTRAINT FK_TRACKING_SECRET_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Work with carriers waiting to happen, written in the transaction that makes it necessary (an
-- approval books, a cancellation cancels, a booking starts polling) and done by a worker on any
-- server, rows claimed with FOR UPDATE SKIP LOCKED and leased like the outbox's. It spans stores,
-- like the outbox, so it names the store by slug and its due index does not start with it.
CREATE TABLE PARCEL_WORK (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_SLUG     VARCHAR(63)   NOT NULL,
  PARCEL_ID       BIGINT        NOT NULL,
  KIND            VARCHAR(10)   NOT NULL,
  DUE_AT          DATETIME(6)   NOT NULL,
  ATTEMPTS        INT           NOT NULL DEFAULT 0,
  LAST_ERROR      VARCHAR(500)  NULL,
  DONE_AT         DATETIME(6)   NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_PARCEL_WORK UNIQUE (PARCEL_ID, KIND),
  KEY IX_PARCEL_WORK_DUE (DONE_AT, DUE_AT),
  CONSTRAINT FK_PARCEL_WORK_PARCEL FOREIGN KEY (PARCEL_ID) REFERENCES PARCEL (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The sandbox carrier's own records (it stands for a carrier's systems, so it spans stores).
CREATE TABLE SANDBOX_SHIPMENT (
  TRACKING_NUMBER VARCHAR(60)   NOT NULL,
  BOOKING_KEY     VARCHAR(100)  NOT NULL,
  BOOKED_AT       DATETIME(6)   NOT NULL,
  FROM_COUNTRY    CHAR(2)       NOT NULL,
  TO_COUNTRY      CHAR(2)       NOT NULL,
  FROM_CITY       VARCHAR(100)  NOT NULL,
  TO_CITY         VARCHAR(100)  NOT NULL,
  SCENARIO        VARCHAR(20)   NOT NULL,
  CANCELLED_AT    DATETIME(6)   NULL,
  PRIMARY KEY (TRACKING_NUMBER),
  CONSTRAINT UK_SANDBOX_BOOKING UNIQUE (BOOKING_KEY)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
