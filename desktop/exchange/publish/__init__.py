"""Publishing the shared calendar: to a file or folder, and to a CalDAV server; settings and the password."""
