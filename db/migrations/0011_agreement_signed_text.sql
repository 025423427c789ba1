-- Version 10 → 11: the agreement's text as signed (headings "# …", bullets "- …", footnotes
-- "¹ …"), printed verbatim by the agreement PDF; the app's own structure goes in its appendix.
ALTER TABLE agreement ADD COLUMN signed_text TEXT NOT NULL DEFAULT '';
