-- A return keeps the loyalty tier its shopper was in when it was requested (code and names as they
-- were then), as it keeps its policy version: the policy's tier benefits keep applying to it.
-- Returns requested before tiers existed were requested in none.
ALTER TABLE RETURN_CASE
  ADD COLUMN TIER_CODE    VARCHAR(32)  NULL AFTER POLICY_VERSION,
  ADD COLUMN TIER_NAME_EN VARCHAR(120) NULL AFTER TIER_CODE,
  ADD COLUMN TIER_NAME_ZH VARCHAR(120) NULL AFTER TIER_NAME_EN;
