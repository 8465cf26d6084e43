"""Printed pages: the monthly celebration overview (manager and notice board) and the birthday calendar.

Nothing is imported here, so that nothing of printing loads when the window starts.
"""
