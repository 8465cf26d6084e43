#!/bin/sh
# The frozen app lives in /opt/social-calendar; the user's data in their own folders (~/.local/share, ~/.config).
exec /opt/social-calendar/social-calendar "$@"
