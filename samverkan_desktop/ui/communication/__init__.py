"""The Kommunikationsplan tab: plan header, activity list and form, the year's timeline, exports."""
