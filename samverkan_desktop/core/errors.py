"""Exception classes of the core. Each carries a one-line message meant for the user."""


class SamverkanError(Exception):
    """Base class: str(error) is a complete Swedish sentence that can be shown as it is."""


class StoreError(SamverkanError):
    """The workspace file cannot be opened or used."""


class NotAWorkspace(StoreError):
    """The file is not SQLite, or is SQLite but not a Samverkan workspace."""


class NewerVersion(StoreError):
    """The file was written by a newer version of the program."""


class NetworkShare(StoreError):
    """The live file sits on a network share, where WAL does not work."""


class ValidationError(SamverkanError):
    """Input that cannot be saved. ``field`` names the offending field when there is one."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(SamverkanError):
    """A record, agreement or period that was asked for does not exist."""


class Ambiguous(SamverkanError):
    """A search term matched more than one record."""


class Cancelled(SamverkanError):
    """A long task was cancelled by the user."""

    def __init__(self, message: str | None = None):
        from .i18n import _

        super().__init__(message or _("Avbrutet."))


class HostileFile(SamverkanError):
    """A received exchange file that is refused: damaged, foreign, altered or unsafe."""


class ReportError(SamverkanError):
    """A report could not be written (the layout failed); nothing was written."""
