"""Form dialogs: a person, an agreement, an event."""
