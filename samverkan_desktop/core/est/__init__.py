"""EST (Effektiv samordning för trygghet): weeks, incidents, problems, actions, code lists, analysis, import."""
