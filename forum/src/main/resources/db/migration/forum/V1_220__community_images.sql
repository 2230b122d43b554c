-- Photos members upload for their posts and reviews. The bytes are kept like return photos
-- (LONGBLOB, apart from the text that shows them); the token makes an address unguessable, so a
-- photo is only found through a post that shows it. Every index starts with the store.
CREATE TABLE COMMUNITY_IMAGE (
  ID          BIGINT       NOT NULL AUTO_INCREMENT,
  TENANT_ID   BIGINT       NOT NULL,
  MEMBER_ID   BIGINT       NOT NULL,
  TOKEN       VARCHAR(43)  NOT NULL,
  MEDIA_TYPE  VARCHAR(20)  NOT NULL,
  BYTE_COUNT  INT          NOT NULL,
  CONTENT     LONGBLOB     NOT NULL,
  CREATED_AT  DATETIME(6)  NOT NULL,
  PRIMARY KEY (ID),
  KEY IX_COMMUNITY_IMAGE_MEMBER (TENANT_ID, MEMBER_ID, CREATED_AT),
  CONSTRAINT FK_COMMUNITY_IMAGE_TENANT FOREIGN KEY (TENANT_ID) REFERENCES TENANT (ID),
  CONSTRAINT FK_COMMUNITY_IMAGE_MEMBER FOREIGN KEY (MEMBER_ID) REFERENCES STORE_MEMBER (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
