-- Stock per SKU: STOCK is what is on hand (NULL: the store does not track it, so it never runs
-- out), RESERVED what approved exchanges have set aside; available = STOCK - RESERVED.
ALTER TABLE PRODUCT
  ADD COLUMN STOCK    INT NULL,
  ADD COLUMN RESERVED INT NOT NULL DEFAULT 0;

-- The replacement of an exchange set aside at approval: one per return and SKU, held until it is
-- shipped (turned into a stock decrement) or released (the return was cancelled or expired).
CREATE TABLE STOCK_RESERVATION (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  RETURN_ID       BIGINT        NOT NULL,
  RMA             VARCHAR(12)   NOT NULL,
  SKU             VARCHAR(64)   NOT NULL,
  QUANTITY        INT           NOT NULL,
  STATE           VARCHAR(10)   NOT NULL,
  CREATED_AT      DATETIME(6)   NOT NULL,
  ENDED_AT        DATETIME(6)   NULL,
  VERSION         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  CONSTRAINT UK_STOCK_RESERVATION UNIQUE (TENANT_ID, RETURN_ID, SKU),
  KEY IX_STOCK_RESERVATION_SKU (TENANT_ID, SKU, STATE),
  CONSTRAINT FK_STOCK_RESERVATION_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A replacement sent to the shopper, once per payout key (the key of the PayoutDue(EXCHANGE) or,
-- for an instant exchange, the return's own key): the unique key makes a second shipment fail.
CREATE TABLE REPLACEMENT_SHIPMENT (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  PAYOUT_KEY      VARCHAR(64)   NOT NULL,
  RETURN_ID       BIGINT        NOT NULL,
  RMA             VARCHAR(12)   NOT NULL,
  SKU             VARCHAR(64)   NOT NULL,
  QUANTITY        INT           NOT NULL,
  VALUE_AMOUNT    DECIMAL(19,4) NOT NULL,
  CURRENCY        CHAR(3)       NOT NULL,
  SHIPPED_AT      DATETIME(6)   NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_REPLACEMENT_SHIPMENT UNIQUE (TENANT_ID, PAYOUT_KEY, SKU),
  KEY IX_REPLACEMENT_SHIPMENT_RETURN (TENANT_ID, RETURN_ID),
  CONSTRAINT FK_REPLACEMENT_SHIPMENT_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What an exchange costs beyond the returned items' value: the shopper pays it through a payment
-- link (PAY) or is refunded it (REFUND). One per return; the key is the gateway's idempotency key.
CREATE TABLE PRICE_DIFFERENCE (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  RETURN_ID       BIGINT        NOT NULL,
  RMA             VARCHAR(12)   NOT NULL,
  IDEMPOTENCY_KEY VARCHAR(64)   NOT NULL,
  DIRECTION       VARCHAR(10)   NOT NULL,
  AMOUNT          DECIMAL(19,4) NOT NULL,
  CURRENCY        CHAR(3)       NOT NULL,
  STATE           VARCHAR(10)   NOT NULL,
  GATEWAY         VARCHAR(40)   NULL,
  LINK_ID         VARCHAR(255)  NULL,
  LINK_URL        VARCHAR(1000) NULL,
  WAITING_PAYOUT  VARCHAR(64)   NULL,
  CREATED_AT      DATETIME(6)   NOT NULL,
  SETTLED_AT      DATETIME(6)   NULL,
  VERSION         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  CONSTRAINT UK_PRICE_DIFFERENCE_RETURN UNIQUE (TENANT_ID, RETURN_ID),
  CONSTRAINT UK_PRICE_DIFFERENCE_KEY UNIQUE (TENANT_ID, IDEMPOTENCY_KEY),
  CONSTRAINT FK_PRICE_DIFFERENCE_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The authorisation hold of an instant exchange: placed at approval, released at inspection or
-- captured when the item never comes back. One per return, ended once.
CREATE TABLE EXCHANGE_HOLD (
  ID              BIGINT        NOT NULL AUTO_INCREMENT,
  TENANT_ID       BIGINT        NOT NULL,
  RETURN_ID       BIGINT        NOT NULL,
  RMA             VARCHAR(12)   NOT NULL,
  IDEMPOTENCY_KEY VARCHAR(64)   NOT NULL,
  AMOUNT          DECIMAL(19,4) NOT NULL,
  CURRENCY        CHAR(3)       NOT NULL,
  STATE           VARCHAR(10)   NOT NULL,
  GATEWAY         VARCHAR(40)   NOT NULL,
  HOLD_ID         VARCHAR(255)  NULL,
  CREATED_AT      DATETIME(6)   NOT NULL,
  ENDED_AT        DATETIME(6)   NULL,
  VERSION         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  CONSTRAINT UK_EXCHANGE_HOLD_RETURN UNIQUE (TENANT_ID, RETURN_ID),
  KEY IX_EXCHANGE_HOLD_STATE (TENANT_ID, STATE),
  CONSTRAINT FK_EXCHANGE_HOLD_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
