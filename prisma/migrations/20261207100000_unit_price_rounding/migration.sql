-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "unitPriceRounding" TEXT NOT NULL DEFAULT '0.01';

-- Hand-written: the unit-price rounding is one of four steps (lib/calc/rounding.ts); the database
-- refuses any other value, whoever writes it.
ALTER TABLE "Project" ADD CONSTRAINT "Project_unitPriceRounding_check"
  CHECK ("unitPriceRounding" IN ('0.01', '1', '10', '100'));

-- The unit-price rounding changes every jumlah, so it moves the calc cache's revision like the
-- rest of the pricing.
CREATE OR REPLACE FUNCTION project_pricing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."overheadProfitPercent", NEW."ppnPercent", NEW."roundingBase", NEW."unitPriceRounding")
     IS DISTINCT FROM (OLD."overheadProfitPercent", OLD."ppnPercent", OLD."roundingBase", OLD."unitPriceRounding") THEN
    NEW."revision" := OLD."revision" + 1;
  END IF;
  RETURN NEW;
END $$;
