"""Pages painted for print and PDF with QPainter (QtGui, never a widget): the monthly celebration overview
(manager and notice board) and the birthday calendar. The command line writes them as PDF, the window shows
them in the print preview; both paint the same pages.

Nothing is imported here, so that nothing of printing loads when the window starts.
"""
