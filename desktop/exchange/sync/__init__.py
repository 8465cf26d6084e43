"""Two-way sync of the register with a committee's CardDAV/CalDAV server: the mapping (vcard_map, vtodo_map),
the WebDAV conversation (dav) and the round itself (engine). The state it keeps lives in desktop.store.sync_state."""
