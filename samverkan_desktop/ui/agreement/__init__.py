"""The Överenskommelse tab: the agreement's fields, parties, forms and clauses."""
