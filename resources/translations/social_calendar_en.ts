<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/backups_dialog.py" line="+137"/>
        <source>%n colleague(s)</source>
        <translation>
            <numerusform>%n colleague</numerusform>
            <numerusform>%n colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/budget_view.py" line="+146"/>
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
        <location filename="../../desktop/render/insight_charts.py" line="+177"/>
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
        <location filename="../../desktop/ui/connections/page.py" line="+207"/>
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
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/backups_dialog.py" line="+129"/>
        <source>%n record(s) point to something that is no longer there (a colleague, plan or occasion).</source>
        <translation>
            <numerusform>%n record points to something that is no longer there (a colleague, plan or occasion).</numerusform>
            <numerusform>%n records point to something that is no longer there (a colleague, plan or occasion).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormerColleaguesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/privacy.py" line="+217"/>
        <source>Leavers&apos; data is erased %n month(s) after their last day, when the file is opened; never while a plan about them is still open (privacy.leaver_retention_months).</source>
        <translation>
            <numerusform>Leavers&apos; data is erased %n month after their last day, when the file is opened; never while a plan about them is still open (privacy.leaver_retention_months).</numerusform>
            <numerusform>Leavers&apos; data is erased %n months after their last day, when the file is opened; never while a plan about them is still open (privacy.leaver_retention_months).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftPolicyDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/gift_policy_editor.py" line="+153"/>
        <source>{what} (or %n other(s))</source>
        <translation>
            <numerusform>{what} (or %n other)</numerusform>
            <numerusform>{what} (or %n others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftRuleForm</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/gift_rule_form.py" line="+240"/>
        <source>It needs a plan %n day(s) before the day: from then it shows under “Needs attention” and the reminders go out.</source>
        <translation>
            <numerusform>It needs a plan %n day before the day: from then it shows under “Needs attention” and the reminders go out.</numerusform>
            <numerusform>It needs a plan %n days before the day: from then it shows under “Needs attention” and the reminders go out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A turn for this counts as %n turn(s) when the app spreads the work fairly among the organisers.</source>
        <translation>
            <numerusform>A turn for this counts as %n turn when the app spreads the work fairly among the organisers.</numerusform>
            <numerusform>A turn for this counts as %n turns when the app spreads the work fairly among the organisers.</numerusform>
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
    <name>LeaveDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/leave_dialog.py" line="+137"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+552"/>
        <source>%Ln colleague(s)</source>
        <translation>
            <numerusform>%Ln colleague</numerusform>
            <numerusform>%Ln colleagues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Organisers</name>
    <message numerus="yes">
        <location filename="../../desktop/models/organisers.py" line="+182"/>
        <source>links {dept} and {other}, who organised together only %n time(s) this year</source>
        <translation>
            <numerusform>links {dept} and {other}, who organised together only %n time this year</numerusform>
            <numerusform>links {dept} and {other}, who organised together only %n times this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages.py" line="+183"/>
        <source>%n colleague(s) would go a year without a celebration (see Needs attention).</source>
        <translation>
            <numerusform>%n colleague would go a year without a celebration (see Needs attention).</numerusform>
            <numerusform>%n colleagues would go a year without a celebration (see Needs attention).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanMonthsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/planning/plan_months_dialog.py" line="+162"/>
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
        <location filename="../../desktop/ui/planning/planning_view.py" line="+169"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>All (%n)</numerusform>
            <numerusform>All (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <location filename="../../desktop/models/privacy.py" line="+141"/>
        <source>%n colleague(s) erased by another committee member; changes to them made here were dropped</source>
        <translation>
            <numerusform>%n colleague erased by another committee member; changes to them made here were dropped</numerusform>
            <numerusform>%n colleagues erased by another committee member; changes to them made here were dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/privacy.py" line="-100"/>
        <source>%n recorded occasion(s)</source>
        <translation>
            <numerusform>%n recorded occasion</numerusform>
            <numerusform>%n recorded occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s) about them</source>
        <translation>
            <numerusform>%n plan about them</numerusform>
            <numerusform>%n plans about them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n leave period(s)</source>
        <translation>
            <numerusform>%n leave period</numerusform>
            <numerusform>%n leave periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n plan(s) they organise keep &quot;a former colleague&quot; in their place.</source>
        <translation>
            <numerusform>%n plan they organise keeps &quot;a former colleague&quot; in their place.</numerusform>
            <numerusform>%n plans they organise keep &quot;a former colleague&quot; in their place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n former colleague(s) erased: their time to be kept had passed (Edit › Former colleagues…).</source>
        <translation>
            <numerusform>%n former colleague erased: their time to be kept had passed (Edit › Former colleagues…).</numerusform>
            <numerusform>%n former colleagues erased: their time to be kept had passed (Edit › Former colleagues…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/publishing/publisher.py" line="+340"/>
        <source>Publishing {done} of %Ln event(s)…</source>
        <translation>
            <numerusform>Publishing {done} of %Ln event…</numerusform>
            <numerusform>Publishing {done} of %Ln events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
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
        <location filename="../../desktop/ui/publishing/publishing_dialog.py" line="+171"/>
        <source>Publishing {done} of %Ln event(s)…</source>
        <translation>
            <numerusform>Publishing {done} of %Ln event…</numerusform>
            <numerusform>Publishing {done} of %Ln events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Stopped after {sent} of %Ln event(s). What was sent stays on the server; the next publish sends the rest.</source>
        <translation>
            <numerusform>Stopped after {sent} of %Ln event. What was sent stays on the server; the next publish sends the rest.</numerusform>
            <numerusform>Stopped after {sent} of %Ln events. What was sent stays on the server; the next publish sends the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
        <location filename="../../desktop/ui/recorded_list.py" line="+248"/>
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
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="+115"/>
        <source>Social Calendar: %n occasion(s) need a plan</source>
        <translation>
            <numerusform>Social Calendar: %n occasion needs a plan</numerusform>
            <numerusform>Social Calendar: %n occasions need a plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
