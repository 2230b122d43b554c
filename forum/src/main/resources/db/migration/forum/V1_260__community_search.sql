-- Search: a term index in the database itself, the same on MySQL 8 and MariaDB. One row per
-- visible topic, post and review, and one row per distinct term of it. Both tables start every
-- index with the store, so a store's searches cost what its own documents cost. TERM is compared
-- byte by byte: terms are already folded, and a case- or accent-blind collation would make two
-- different terms collide in the primary key.
CREATE TABLE COMMUNITY_SEARCH_DOC (
  ID          BIGINT       NOT NULL AUTO_INCREMENT,
  TENANT_ID   BIGINT       NOT NULL,
  REF_KIND    VARCHAR(8)   NOT NULL,
  REF_ID      BIGINT       NOT NULL,
  KIND        VARCHAR(8)   NOT NULL,
  TITLE       VARCHAR(200),
  BODY        MEDIUMTEXT   NOT NULL,
  PATH        VARCHAR(400) NOT NULL,
  CREATED_AT  DATETIME(6)  NOT NULL,
  CREATED_DAY INT          NOT NULL,
  LENGTH      INT          NOT NULL,
  PRIMARY KEY (ID),
  CONSTRAINT UK_COMMUNITY_SEARCH_DOC_REF UNIQUE (TENANT_ID, REF_KIND, REF_ID),
  KEY IX_COMMUNITY_SEARCH_DOC_LENGTH (TENANT_ID, LENGTH),
  CONSTRAINT FK_COMMUNITY_SEARCH_DOC_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE COMMUNITY_SEARCH_TERM (
  TENANT_ID   BIGINT      NOT NULL,
  TERM        VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  DOC_ID      BIGINT      NOT NULL,
  FREQ        INT         NOT NULL,
  PRIMARY KEY (TENANT_ID, TERM, DOC_ID),
  KEY IX_COMMUNITY_SEARCH_TERM_DOC (TENANT_ID, DOC_ID),
  CONSTRAINT FK_COMMUNITY_SEARCH_TERM_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID),
  CONSTRAINT FK_COMMUNITY_SEARCH_TERM_DOC FOREIGN KEY (DOC_ID) REFERENCES COMMUNITY_SEARCH_DOC (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
