<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BudgetTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/models.py" line="+221"/>
        <source>%n celebration(s): planned {planned}, spent {spent}</source>
        <translation>
            <numerusform>%n celebration: planned {planned}, spent {spent}</numerusform>
            <numerusform>%n celebrations: planned {planned}, spent {spent}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/budget_view.py" line="+102"/>
        <source>{year}: planned {planned}, spent {spent} (%n celebration(s))</source>
        <translation>
            <numerusform>{year}: planned {planned}, spent {spent} (%n celebration)</numerusform>
            <numerusform>{year}: planned {planned}, spent {spent} (%n celebrations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/colleague_model.py" line="+227"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+391"/>
        <source>%Ln colleague(s)</source>
        <translation>
            <numerusform>%Ln colleague</numerusform>
            <numerusform>%Ln colleagues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanMonthsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/plan_months_dialog.py" line="+125"/>
        <source>%n occasion(s) to plan, budget {amount}</source>
        <translation>
            <numerusform>%n occasion to plan, budget {amount}</numerusform>
            <numerusform>%n occasions to plan, budget {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/planning_view.py" line="+177"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>All (%n)</numerusform>
            <numerusform>All (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/publishing/publisher.py" line="+319"/>
        <source>Calendar published at {time}: %n event(s)</source>
        <translation>
            <numerusform>Calendar published at {time}: %n event</numerusform>
            <numerusform>Calendar published at {time}: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/publishing/publishing_dialog.py" line="+142"/>
        <source>Published %n event(s).</source>
        <translation>
            <numerusform>Published %n event.</numerusform>
            <numerusform>Published %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedOccasionsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/recorded_list.py" line="+246"/>
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n occasion</numerusform>
            <numerusform>%n occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n occasion(s), {shown} shown</source>
        <translation>
            <numerusform>%n occasion, {shown} shown</numerusform>
            <numerusform>%n occasions, {shown} shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/syncer.py" line="+164"/>
        <source>%n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>%n conflict waits for your choice</numerusform>
            <numerusform>%n conflicts wait for your choice</numerusform>
        </translation>
    </message>
</context>
</TS>
