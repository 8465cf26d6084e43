"""The window: Qt widgets, dialogs and thin Qt item models over the Qt-free core."""
