"""Planning: who organises what, the plans and their costs (issue 4): the planning view (planning_view), the
plan editor (plan_editor), planning the coming months (plan_months_dialog), leave (leave_dialog), the budget
overview (budget_view) and asking organisers by e-mail (mail). The Qt-free parts are items, budget and
suggestions.

Nothing is imported here, so that opening one of these pulls in only what it needs.
"""
