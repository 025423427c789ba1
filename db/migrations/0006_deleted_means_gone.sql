-- Version 5 → 6: deleted means gone (DESIGN §2, issue 12). Generated from store/tombstone.py.
-- The audit keeps which fields a write changed, never their values: the old JSON of old and new
-- values becomes the comma-separated field names ("!name" for a field a merge found in conflict).
UPDATE audit SET changes = CASE
  WHEN action IN ('insert', 'delete', 'restore') OR NOT json_valid(changes) OR changes NOT LIKE '{%' THEN ''
  ELSE coalesce((SELECT group_concat(CASE WHEN j.key = '_conflicts'
    THEN (SELECT group_concat('!' || k.key) FROM json_each(audit.changes, '$._conflicts') k)
    ELSE j.key END) FROM json_each(audit.changes) j), '')
  END;
-- Every tombstone loses its content (the values of store/tombstone.py), and so do the conflict
-- records of deleted rows.
UPDATE action SET description = '–', responsible_function = '', due_date = NULL, status = 'planerad', closed_on = NULL, feedback = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'action' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM action WHERE deleted = 1);
UPDATE action_plan_item SET position = 0, cause = '', measure = '', operational_goal = '', timing = '', who = '', status = 'ej bedömd' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'action_plan_item' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM action_plan_item WHERE deleted = 1);
UPDATE agreement SET title = '–', vision = '', preamble = '', legal_basis = '', signed_date = NULL, signed_place = '', communication_clause = '', economy_clause = '', responsibility_clause = '', follow_up_clause = '', validity_clause = '', status = 'utkast', revision_notes = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'agreement' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM agreement WHERE deleted = 1);
UPDATE agreement_party SET position = 0, case_number = '', signatory_name = '', signatory_title = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'agreement_party' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM agreement_party WHERE deleted = 1);
UPDATE agreement_purpose SET position = 0, text = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'agreement_purpose' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM agreement_purpose WHERE deleted = 1);
UPDATE analysis SET conclusions = '', prioritized_areas = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'analysis' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM analysis WHERE deleted = 1);
UPDATE area SET area_type = '', position = 0 WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'area' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM area WHERE deleted = 1);
UPDATE assessment SET status = 'ej bedömd', comment = '', evidence = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'assessment' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM assessment WHERE deleted = 1);
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'assessment_evidence' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM assessment_evidence WHERE deleted = 1);
UPDATE code_item SET position = 0, active = 1 WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'code_item' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM code_item WHERE deleted = 1);
UPDATE communication_activity SET title = '–', message = '', target_group = '', channel = '', planned_date = NULL, planned_week = NULL, responsible_function = '', status = 'planerad', done_date = NULL, outcome = '', recurring = 0 WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'communication_activity' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM communication_activity WHERE deleted = 1);
UPDATE communication_plan SET purpose = '', goals = '', target_primary = '', target_secondary = '', key_messages = '', channels = '', responsible = '', evaluation = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'communication_plan' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM communication_plan WHERE deleted = 1);
UPDATE contact_person SET name = '–', title = '', email = '', phone = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'contact_person' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM contact_person WHERE deleted = 1);
UPDATE cooperation_form SET position = 0, name = '–', abbreviation = '', kind = 'samverkansform', description = '', lead_text = '', follow_up_text = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'cooperation_form' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM cooperation_form WHERE deleted = 1);
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'cooperation_form_party' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM cooperation_form_party WHERE deleted = 1);
UPDATE est_area_status SET status = 'grön', motivation = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'est_area_status' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM est_area_status WHERE deleted = 1);
UPDATE est_week SET meeting_date = NULL, participants = '', situation_report = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'est_week' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM est_week WHERE deleted = 1);
UPDATE follow_up SET kind = 'deluppföljning', done_date = NULL, title = '', responsible = '', summary = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'follow_up' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM follow_up WHERE deleted = 1);
UPDATE guaranteed_resource SET position = 0, text = '–', function_role = '', holder = '', status = 'tillsatt', extent_fte = NULL WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'guaranteed_resource' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM guaranteed_resource WHERE deleted = 1);
UPDATE incident SET count = 1, description = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'incident' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM incident WHERE deleted = 1);
UPDATE indicator SET name = '–', unit = '', source = '', higher_is_better = 1, description = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'indicator' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM indicator WHERE deleted = 1);
UPDATE indicator_value SET note = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'indicator_value' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM indicator_value WHERE deleted = 1);
UPDATE meeting SET body = '–', time = '', place = '', members_present = '', others_present = '', chair = '', secretary = '', adjuster = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'meeting' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM meeting WHERE deleted = 1);
UPDATE paragraph SET title = '', case_number = '', officer = '', description = '', basis = '', proposal = '', decision = '' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'paragraph' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM paragraph WHERE deleted = 1);
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'party' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM party WHERE deleted = 1);
UPDATE problem SET description = '–', priority = 2, status = 'aktivt' WHERE deleted = 1;
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'problem' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM problem WHERE deleted = 1);
UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = 'resource_form' AND field <> 'deleted' AND row_uuid IN (SELECT uuid FROM resource_form WHERE deleted = 1);
