"""The agreement: its parties, forms of cooperation, guaranteed resources and contacts."""
