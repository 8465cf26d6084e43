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
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../desktop/render/insight_charts.py" line="+176"/>
        <source>{a} and {b}: %n celebration(s) linked them</source>
        <translation>
            <numerusform>{a} and {b}: %n celebration linked them</numerusform>
            <numerusform>{a} and {b}: %n celebrations linked them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n celebration(s) linking the pair</source>
        <translation>
            <numerusform>%n celebration linking the pair</numerusform>
            <numerusform>%n celebrations linking the pair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n colleague(s) willing to organise</source>
        <translation>
            <numerusform>%n colleague willing to organise</numerusform>
            <numerusform>%n colleagues willing to organise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n turn(s), effort {effort}</source>
        <translation>
            <numerusform>%n turn, effort {effort}</numerusform>
            <numerusform>%n turns, effort {effort}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Effort {low} to under {high}: %n colleague(s)</source>
        <translation>
            <numerusform>Effort {low} to under {high}: %n colleague</numerusform>
            <numerusform>Effort {low} to under {high}: %n colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>… and %n more colleague(s) with less</source>
        <translation>
            <numerusform>… and %n more colleague with less</numerusform>
            <numerusform>… and %n more colleagues with less</numerusform>
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
    <name>ConnectionsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/connections/page.py" line="+206"/>
        <source>Not celebrated (%n)</source>
        <translation>
            <numerusform>Not celebrated (%n)</numerusform>
            <numerusform>Not celebrated (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Never organised (%n)</source>
        <translation>
            <numerusform>Never organised (%n)</numerusform>
            <numerusform>Never organised (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightPages</name>
    <message numerus="yes">
        <location filename="../../desktop/render/insight_pages.py" line="+151"/>
        <source>%n colleague(s) who like to be celebrated had no celebration in the period.</source>
        <translation>
            <numerusform>%n colleague who likes to be celebrated had no celebration in the period.</numerusform>
            <numerusform>%n colleagues who like to be celebrated had no celebration in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n willing colleague(s), employed the whole period, never organised.</source>
        <translation>
            <numerusform>%n willing colleague, employed the whole period, never organised.</numerusform>
            <numerusform>%n willing colleagues, employed the whole period, never organised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/render/insight_texts.py" line="+53"/>
        <source>%n colleague(s) who like to be celebrated had no celebration; </source>
        <translation>
            <numerusform>%n colleague who likes to be celebrated had no celebration; </numerusform>
            <numerusform>%n colleagues who like to be celebrated had no celebration; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n willing colleague(s), employed all period, never organised.</source>
        <translation>
            <numerusform>%n willing colleague, employed all period, never organised.</numerusform>
            <numerusform>%n willing colleagues, employed all period, never organised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{quarter}: {share} of department pairs linked (%n celebration(s))</source>
        <translation>
            <numerusform>{quarter}: {share} of department pairs linked (%n celebration)</numerusform>
            <numerusform>{quarter}: {share} of department pairs linked (%n celebrations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{quarter}: E-I index {value} (%n celebration(s))</source>
        <translation>
            <numerusform>{quarter}: E-I index {value} (%n celebration)</numerusform>
            <numerusform>{quarter}: E-I index {value} (%n celebrations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+394"/>
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
</TS>
