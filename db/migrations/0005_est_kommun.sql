-- Version 4 → 5: an EST analysis can be one kommun's (Lag 2023:196: the lägesbild is per kommun).
ALTER TABLE analysis ADD COLUMN party_uuid TEXT;
