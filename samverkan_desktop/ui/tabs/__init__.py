"""The main window's tabs, in order: (module, class name). Each class subclasses :class:`Tab`."""

TABS = [
    ("agreement", "AgreementTab"),
    ("resources", "ResourcesTab"),
    ("est", "EstTab"),
    ("follow_up", "FollowUpTab"),
    ("communication", "CommunicationTab"),
]
