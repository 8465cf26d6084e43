"""The Budget page's own parts: the chart against the annual budgets, the dialog that sets them, print and export."""
