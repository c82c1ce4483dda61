"""Teams, their members and invitations, and the last owner's protection."""
