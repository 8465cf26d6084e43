"""Planning: who organises what, the plans and their costs (issue 4). Widgets for the main window's tabs
and the dialogs behind them; the Qt-free parts (items, budget, suggestions) are reusable elsewhere."""

from desktop.ui.planning.budget import budget_summary
from desktop.ui.planning.budget_view import BudgetView
from desktop.ui.planning.leave_dialog import LeaveDialog, edit_leave
from desktop.ui.planning.mail import ask_organisers, mailto_url, organiser_mail
from desktop.ui.planning.plan_editor import PlanEditor, edit_plan
from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog, plan_coming_months
from desktop.ui.planning.planning_view import PlanningView

__all__ = ["BudgetView", "LeaveDialog", "PlanEditor", "PlanMonthsDialog", "PlanningView", "ask_organisers",
           "budget_summary", "edit_leave", "edit_plan", "mailto_url", "organiser_mail", "plan_coming_months"]
