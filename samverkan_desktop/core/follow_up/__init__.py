"""Follow-up: occasions and assessments, indicators, the action plan, committee meetings."""
