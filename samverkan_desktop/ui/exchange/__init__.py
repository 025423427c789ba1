"""The exchange dialogs: share, merge preview, conflicts, view a received file, backups, history."""
