"""The calendar widgets: the coming-up home view (coming_up_view), the month calendar (month_view), the year
list (year_list), both in calendar_page, and one colleague's occasions (colleague_occasions). They receive
plain data (an OccasionSource, source.py, built from the Register's lists) and never open the file.

Nothing is imported here, so that start-up loads only the home view and not the month calendar.
"""
