-- Version 6 → 7: a guaranteed resource can name a deputy (ersättare) from the contact register.
ALTER TABLE guaranteed_resource ADD COLUMN deputy_uuid TEXT REFERENCES contact_person (uuid) DEFERRABLE INITIALLY DEFERRED;
