"""Printing from the window: the options dialogs, the print preview and Export PDF (the pages themselves are
painted by desktop.render).

Nothing is imported here, so that nothing of printing loads when the window starts.
"""
