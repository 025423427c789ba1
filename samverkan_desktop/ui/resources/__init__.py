"""The Resurser tab: guaranteed resources, their summary per party and form, contacts."""
