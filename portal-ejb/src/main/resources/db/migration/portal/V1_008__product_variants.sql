-- SKUs that are variants of one product (sizes, colours) share the store's product code, so
-- that a shopper may exchange one for another.
ALTER TABLE PRODUCT ADD COLUMN VARIANT_OF VARCHAR(64) NULL;
CREATE INDEX IX_PRODUCT_VARIANT_OF ON PRODUCT (TENANT_ID, VARIANT_OF);
ALTER TABLE RETURN_LINE ADD COLUMN EXCHANGE_SKU VARCHAR(64) NULL;
