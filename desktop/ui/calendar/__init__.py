"""The calendar widgets: the coming-up home view, the month calendar, the year list and one colleague's
occasions. They receive plain data (an OccasionSource built from the Register's lists) and never open the file.
"""

from desktop.ui.calendar.calendar_page import CalendarPage
from desktop.ui.calendar.colleague_occasions import ColleagueOccasions
from desktop.ui.calendar.coming_up_view import ComingUpView, attention_summary
from desktop.ui.calendar.month_view import MonthView
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.year_list import YearList

__all__ = ["CalendarPage", "ColleagueOccasions", "ComingUpView", "MonthView", "OccasionSource", "YearList",
           "attention_summary"]
