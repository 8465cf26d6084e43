<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="+18"/>
        <source>About Social Calendar</source>
        <translation>Over Social Calendar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Social Calendar&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Social Calendar&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Calendar keeps your colleagues&apos; birthdays and jubilea, so that nobody is forgotten.</source>
        <translation>Social Calendar houdt de verjaardagen en jubilea van uw collega&apos;s bij, zodat niemand wordt vergeten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: {licence}. Made with Qt (PySide6, LGPL).</source>
        <translation>Licentie: {licence}. Gemaakt met Qt (PySide6, LGPL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data stays in one file on this computer:
{file}</source>
        <translation>Uw gegevens blijven in één bestand op deze computer:
{file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder that holds your file</source>
        <translation>De map met uw bestand tonen</translation>
    </message>
</context>
<context>
    <name>AnnualBudgetDialog</name>
    <message>
        <location filename="../../desktop/ui/budget/annual_dialog.py" line="+26"/>
        <source>Annual budgets</source>
        <translation>Jaarbudgetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the organisation means to spend in a year on each kind of occasion. The Budget page compares what is planned and spent with it. Leave an amount at “none” when a kind has no budget of its own.</source>
        <translation>Wat de organisatie per jaar aan elke soort gelegenheid wil besteden. De pagina Budget vergelijkt wat begroot en uitgegeven is daarmee. Laat een bedrag op „geen” staan als een soort geen eigen budget heeft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>AskOrganisers</name>
    <message>
        <location filename="../../desktop/ui/planning/mail.py" line="+56"/>
        <source>{names} and {last}</source>
        <translation>{names} en {last}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ask organisers</source>
        <translation>Organisatoren vragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This colleague&apos;s occasions are not shared with colleagues (they asked for no fuss, or not to be celebrated), so no message is prepared. Take care of it yourself, or speak to the organisers in person.</source>
        <translation>De gelegenheden van deze collega worden niet met collega&apos;s gedeeld (geen ophef gewenst, of niet gevierd willen worden), dus er wordt geen bericht klaargezet. Regel het zelf, of spreek de organisatoren persoonlijk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This celebration has no organisers yet. Choose them first.</source>
        <translation>Deze viering heeft nog geen organisatoren. Kies ze eerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the organisers has an e-mail address. Add their addresses in the colleague list first.</source>
        <translation>Geen van de organisatoren heeft een e-mailadres. Vul eerst hun adressen in bij de collega&apos;s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No e-mail address for {names}: ask them in person.</source>
        <translation>Geen e-mailadres voor {names}: vraag het ze persoonlijk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail program could be opened.</source>
        <translation>Er kon geen e-mailprogramma worden geopend.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../desktop/ui/auto_backup.py" line="+145"/>
        <source>No backup could be made: {reason}</source>
        <translation>Er kon geen back-up worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup made ({time})</source>
        <translation>Back-up gemaakt ({time})</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="+176"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file} is damaged and cannot be opened ({detail}).</source>
        <translation>{file} is beschadigd en kan niet worden geopend ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged file</source>
        <translation>Beschadigd bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup is from {created}. Restore it? The damaged file is kept aside beside it as {file}.damaged-…, never deleted.</source>
        <translation>De nieuwste goede back-up is van {created}. Wilt u die terugzetten? Het beschadigde bestand blijft ernaast bewaard als {file}.damaged-…; het wordt nooit verwijderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore backup</source>
        <translation>Back-up &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-148"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Social Calendar makes a backup when you open the file (once a day) and when you close the window or open another file. It keeps every backup of the last day, then one a day for a week, one a week for four weeks and one a month for a year. They are in {folder}.</source>
        <translation>Social Calendar maakt een back-up als u het bestand opent (eens per dag) en als u het venster sluit of een ander bestand opent. Het bewaart alle back-ups van het afgelopen etmaal, daarna één per dag voor een week, één per week voor vier weken en één per maand voor een jaar. Ze staan in {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen back-ups van dit bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected backup back; the file as it is now is kept as a backup first</source>
        <translation>De gekozen back-up terugzetten; het bestand zoals het nu is, wordt eerst als back-up bewaard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;another file…</source>
        <translation>&amp;Ander bestand terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back a copy kept elsewhere, such as one made with social-calendar backup</source>
        <translation>Een elders bewaarde kopie terugzetten, zoals een die met social-calendar backup is gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the backup of {when} ({colleagues}, {plans})? The file as it is now is kept as a backup first, and the undo history starts afresh.</source>
        <translation>De back-up van {when} ({colleagues}, {plans}) terugzetten? Het bestand zoals het nu is, wordt eerst als back-up bewaard, en de geschiedenis voor ongedaan maken begint opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n colleague(s)</source>
        <translation>
            <numerusform>%n collega</numerusform>
            <numerusform>%n collega&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plannen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore {file}? The file as it is now is kept as a backup first, and the undo history starts afresh.</source>
        <translation>{file} terugzetten? Het bestand zoals het nu is, wordt eerst als back-up bewaard, en de geschiedenis voor ongedaan maken begint opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is back and open. The file as it was is kept as {kept}.</source>
        <translation>De back-up is teruggezet en geopend. Het bestand zoals het was, is bewaard als {kept}.</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../desktop/ui/budget/chart.py" line="+19"/>
        <source>Planned and spent per kind against the annual budget</source>
        <translation>Begroot en uitgegeven per soort, naast het jaarbudget</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../desktop/ui/planning/models.py" line="+200"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrations</source>
        <translation>Vieringen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>BudgetOutput</name>
    <message>
        <location filename="../../desktop/ui/budget/output.py" line="+28"/>
        <source>budget-{year}</source>
        <translation>budget-{year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV) files (*.csv)</source>
        <translation>Spreadsheetbestanden (CSV) (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export budget</source>
        <translation>Budget exporteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual budget</source>
        <translation>Jaarbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrations</source>
        <translation>Vieringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>BudgetPages</name>
    <message>
        <location filename="../../desktop/render/budget_pages.py" line="+28"/>
        <source>planned {planned} · spent {spent}</source>
        <translation>begroot {planned} · uitgegeven {spent}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amounts} · no annual budget</source>
        <translation>{amounts} · geen jaarbudget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amounts} of {budget} · {over} over budget</source>
        <translation>{amounts} van {budget} · {over} boven budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amounts} of {budget} · {left} left</source>
        <translation>{amounts} van {budget} · {left} over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>planned</source>
        <translation>begroot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spent</source>
        <translation>uitgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual budget</source>
        <translation>jaarbudget</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Budget {year}</source>
        <translation>Budget {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages could not be started.</source>
        <translation>De pagina&apos;s konden niet worden begonnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For the manager — confidential</source>
        <translation>Voor de manager — vertrouwelijk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is planned or budgeted in {year}.</source>
        <translation>In {year} is niets begroot of gepland.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Celebrations</source>
        <translation>Vieringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on {day}</source>
        <translation>Afgedrukt op {day}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../desktop/ui/planning/budget_view.py" line="+64"/>
        <source>Annual &amp;budgets…</source>
        <translation>&amp;Jaarbudgetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the organisation means to spend in a year on each kind</source>
        <translation>Wat de organisatie per jaar aan elke soort wil besteden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the year as a PDF or as a spreadsheet (CSV)</source>
        <translation>Het jaar opslaan als PDF of als spreadsheet (CSV)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Months of</source>
        <translation>&amp;Maanden van</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>every kind</source>
        <translation>alle soorten</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>{year}: planned {planned}, spent {spent} (%n celebration(s))</source>
        <translation>
            <numerusform>{year}: begroot {planned}, uitgegeven {spent} (%n viering)</numerusform>
            <numerusform>{year}: begroot {planned}, uitgegeven {spent} (%n vieringen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/exchange/ical/texts.py" line="+11"/>
        <source>Colleagues&apos; birthdays and anniversaries</source>
        <translation>Verjaardagen en jubilea van collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues&apos; occasions (manager)</source>
        <translation>Gelegenheden van collega&apos;s (beheer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrations organised by {name}</source>
        <translation>Vieringen georganiseerd door {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrate on {date}</source>
        <translation>Vieren op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: {what}</source>
        <translation>Plan: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers: {names}</source>
        <translation>Organisatoren: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together with: {names}</source>
        <translation>Samen met: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: {amount}</source>
        <translation>Budget: {amount}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the food: {needs}</source>
        <translation>Maak het eten: {needs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for an occasion that moved or is gone: {title}</source>
        <translation>Plan voor een gelegenheid die verplaatst of vervallen is: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this plan to the occasion&apos;s new date, or delete it.</source>
        <translation>Verplaats dit plan naar de nieuwe datum van de gelegenheid, of verwijder het.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes: {notes}</source>
        <translation>Notities: {notes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet: celebrate without fuss; not on shared calendars</source>
        <translation>Stil: vieren zonder ophef; niet op gedeelde agenda&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion: {title} on {date}</source>
        <translation>Gelegenheid: {title} op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebration: {title}</source>
        <translation>Viering: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start preparing: {title} on {date}</source>
        <translation>Begin met voorbereiden: {title} op {date}</translation>
    </message>
</context>
<context>
    <name>CalendarChip</name>
    <message>
        <location filename="../../desktop/ui/calendar/occasion_chips.py" line="+31"/>
        <source>{name} {age}</source>
        <translation>{name} {age}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, birthday</source>
        <translation>{name}, jarig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {years} yrs</source>
        <translation>{name} {years} jr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} starts</source>
        <translation>{name} begint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} leaves</source>
        <translation>{name} vertrekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+{count} more</source>
        <translation>+{count} meer</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desktop/ui/publishing/export.py" line="+34"/>
        <source>Organiser&apos;s calendar</source>
        <translation>Agenda van een organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan has an organiser with an e-mail address yet. Plan celebrations first (Planning), then export an organiser&apos;s calendar.</source>
        <translation>Nog geen plan heeft een organisator met een e-mailadres. Plan eerst vieringen (Planning) en bewaar daarna de agenda van een organisator.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 event written to {path}.</source>
        <translation>1 afspraak geschreven naar {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} events written to {path}.</source>
        <translation>{count} afspraken geschreven naar {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import this file into Outlook, Google Calendar, Apple Calendar or Thunderbird; importing it again later updates the events instead of doubling them.</source>
        <translation>Importeer dit bestand in Outlook, Google Agenda, Apple Agenda of Thunderbird; later opnieuw importeren werkt de afspraken bij in plaats van ze te verdubbelen.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/calendar/calendar_page.py" line="+34"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year list</source>
        <translation>Jaarlijst</translation>
    </message>
</context>
<context>
    <name>CalendarPages</name>
    <message>
        <location filename="../../desktop/render/calendar_pages.py" line="+30"/>
        <source>Birthday calendar</source>
        <translation>Verjaardagskalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages could not be started.</source>
        <translation>De pagina&apos;s konden niet worden begonnen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} ({year})</source>
        <translation>{name} ({year})</translation>
    </message>
</context>
<context>
    <name>CalendarPrintDialog</name>
    <message>
        <location filename="../../desktop/ui/printing/dialogs.py" line="+100"/>
        <source>Print birthday calendar</source>
        <translation>Verjaardagskalender afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the year of birth (only of colleagues who share their age)</source>
        <translation>Geboortejaar tonen (alleen van collega&apos;s die hun leeftijd delen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two months on a page</source>
        <translation>Twee maanden per pagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>CalendarSource</name>
    <message>
        <location filename="../../desktop/ui/calendar/source.py" line="+154"/>
        <source>celebrate on the day itself</source>
        <translation>vieren op de dag zelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>celebrate on {day}</source>
        <translation>vieren op {day}</translation>
    </message>
</context>
<context>
    <name>CalendarStyle</name>
    <message>
        <location filename="../../desktop/ui/calendar/style.py" line="+87"/>
        <source>quiet</source>
        <translation>stil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Celebrate quietly: visible to you only, never on shared outputs</source>
        <translation>Stil vieren: alleen voor u zichtbaar, nooit op gedeelde overzichten</translation>
    </message>
</context>
<context>
    <name>Celebration</name>
    <message>
        <location filename="../../desktop/models/celebration.py" line="+21"/>
        <source>To plan</source>
        <translation>Te plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/render/insight_charts.py" line="+109"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fewer than two departments: there is nothing to link.</source>
        <translation>Minder dan twee afdelingen: er valt niets te verbinden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{department}: links count only between different departments</source>
        <translation>{department}: verbindingen tellen alleen tussen verschillende afdelingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} and {b}: no celebration linked them</source>
        <translation>{a} en {b}: geen viering bracht hen samen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{a} and {b}: %n celebration(s) linked them</source>
        <translation>
            <numerusform>{a} en {b}: %n viering bracht hen samen</numerusform>
            <numerusform>{a} en {b}: %n vieringen brachten hen samen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n celebration(s) linking the pair</source>
        <translation>
            <numerusform>%n viering die het paar verbindt</numerusform>
            <numerusform>%n vieringen die het paar verbinden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody was willing to organise in this period.</source>
        <translation>Niemand wilde in deze periode organiseren.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Effort-weighted turns per colleague, most first</source>
        <translation>Beurten per collega, gewogen naar inspanning, de meeste eerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <location line="+21"/>
        <source>mean {value}</source>
        <translation>gemiddeld {value}</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%n colleague(s) willing to organise</source>
        <translation>
            <numerusform>%n collega die wil organiseren</numerusform>
            <numerusform>%n collega&apos;s die willen organiseren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n turn(s), effort {effort}</source>
        <translation>
            <numerusform>%n beurt, inspanning {effort}</numerusform>
            <numerusform>%n beurten, inspanning {effort}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of colleagues (up) by effort-weighted turns (across)</source>
        <translation>Aantal collega&apos;s (omhoog) per gewogen aantal beurten (opzij)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Effort {low} to under {high}: %n colleague(s)</source>
        <translation>
            <numerusform>Inspanning {low} tot onder {high}: %n collega</numerusform>
            <numerusform>Inspanning {low} tot onder {high}: %n collega&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>… and %n more colleague(s) with less</source>
        <translation>
            <numerusform>… en nog %n collega met minder</numerusform>
            <numerusform>… en nog %n collega&apos;s met minder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseColleagueDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="+56"/>
        <source>&amp;Colleague</source>
        <translation>&amp;Collega</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/commands/register.py" line="+25"/>
        <source>create a realistic Dutch demo organisation</source>
        <translation>maak een realistische Nederlandse demo-organisatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import colleagues from CSV, XLSX or vCard</source>
        <translation>importeer collega&apos;s uit CSV, XLSX of vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/privacy.py" line="+18"/>
        <source>everything stored about one colleague, as JSON</source>
        <translation>alles wat over één collega is opgeslagen, als JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write (owner-only); standard output when left out</source>
        <translation>het bestand om te schrijven (alleen voor de eigenaar); zonder: standaarduitvoer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>erase a colleague and everything about them (cannot be undone); without --yes only shows what would go</source>
        <translation>wis een collega en alles over hem of haar (kan niet ongedaan worden gemaakt); zonder --yes wordt alleen getoond wat zou verdwijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>really erase</source>
        <translation>werkelijk wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>erase the leavers whose retention (privacy.leaver_retention_months) has passed</source>
        <translation>wis de vertrokken collega&apos;s van wie de bewaartermijn (privacy.leaver_retention_months) voorbij is</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/register.py" line="+4"/>
        <source>show what would happen, change nothing</source>
        <translation>laat zien wat er zou gebeuren, verander niets</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote everything stored about {email} to {out}</source>
        <translation>Alles wat over {email} is opgeslagen, is geschreven naar {out}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Erased {name} &lt;{email}&gt;:</source>
        <translation>{name} &lt;{email}&gt; gewist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgetting {name} &lt;{email}&gt; erases:</source>
        <translation>{name} &lt;{email}&gt; vergeten wist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded occasions</source>
        <translation>vastgelegde gelegenheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plans about them</source>
        <translation>plannen voor deze collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave periods</source>
        <translation>verlofperioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent mails about or to them</source>
        <translation>verzonden mails over of aan deze collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plans they organise (kept, with &quot;a former colleague&quot;)</source>
        <translation>plannen die deze collega organiseert (blijven, met &quot;een oud-collega&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed. This cannot be undone: run again with --yes to erase.</source>
        <translation>Er is niets gewijzigd. Dit kan niet ongedaan worden gemaakt: voer het opnieuw uit met --yes om te wissen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>privacy.leaver_retention_months is 0: leavers are never erased automatically.</source>
        <translation>privacy.leaver_retention_months is 0: vertrokken collega&apos;s worden nooit automatisch gewist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would erase:</source>
        <translation>Zou wissen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erased:</source>
        <translation>Gewist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is due to be erased.</source>
        <translation>Niemand hoeft nu gewist te worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {name} &lt;{email}&gt;, left {end}</source>
        <translation>  {name} &lt;{email}&gt;, vertrokken {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next, {months} months after leaving:</source>
        <translation>Hierna, {months} maanden na vertrek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {erase_on}  {name} &lt;{email}&gt;, left {end}</source>
        <translation>  {erase_on}  {name} &lt;{email}&gt;, vertrokken {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (waits: a plan about them is still open)</source>
        <translation> (wacht: er staat nog een plan voor deze collega open)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/register.py" line="+3"/>
        <source>import the valid rows, report the others</source>
        <translation>importeer de goede rijen, meld de andere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how the file writes dates like 03/04/1980: dmy (day first) or mdy (month first); decided from the file when left out</source>
        <translation>hoe het bestand datums als 03/04/1980 schrijft: dmy (dag eerst) of mdy (maand eerst); zonder deze optie bepaald uit het bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the file&apos;s integrity</source>
        <translation>controleer of het bestand heel is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read every page and every link between tables (slower, thorough)</source>
        <translation>lees elke pagina en elke koppeling tussen tabellen (langzamer, grondig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a consistent copy of the file</source>
        <translation>schrijf een samenhangende kopie van het bestand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--people must lie between 1 and 100000</source>
        <translation>--people moet tussen 1 en 100000 liggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already holds colleagues; the demo only fills an empty file</source>
        <translation>{path} bevat al collega&apos;s; de demo vult alleen een leeg bestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created a demo organisation of {people} colleagues in {departments} departments in {path}</source>
        <translation>Demo-organisatie van {people} collega&apos;s in {departments} afdelingen gemaakt in {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row {row}: {reason}</source>
        <translation>rij {row}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was imported: 1 row was refused. Fix it, or use --skip-invalid.</source>
        <translation>Er is niets geïmporteerd: 1 rij is geweigerd. Verbeter die, of gebruik --skip-invalid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {refused} rows were refused. Fix them, or use --skip-invalid.</source>
        <translation>Er is niets geïmporteerd: {refused} rijen zijn geweigerd. Verbeter ze, of gebruik --skip-invalid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would import</source>
        <translation>Zou importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verb}: {new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{verb}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {refused} geweigerd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 broken link between tables</source>
        <translation>1 verbroken verwijzing tussen tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} broken links between tables</source>
        <translation>{count} verbroken verwijzingen tussen tabellen</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/ical.py" line="+16"/>
        <source>write the occasions as an iCalendar file</source>
        <translation>schrijf de gelegenheden als iCalendar-bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .ics file to write (&apos;-&apos; writes to standard output)</source>
        <translation>het .ics-bestand om te schrijven (&apos;-&apos; schrijft naar standaarduitvoer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: today</source>
        <translation>standaard: vandaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: a year after --from</source>
        <translation>standaard: een jaar na --from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shared (default) respects consent and hidden ages; manager shows everything</source>
        <translation>shared (standaard) houdt rekening met toestemming en verborgen leeftijden; manager toont alles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain birthdays as one yearly event each</source>
        <translation>gewone verjaardagen als één jaarlijkse afspraak per collega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this organiser&apos;s celebrations, with reminders</source>
        <translation>de vieringen van deze organisator, met herinneringen</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/__init__.py" line="+54"/>
        <location filename="../../desktop/commands/ical.py" line="+17"/>
        <source>--to lies before --from</source>
        <translation>--to ligt vóór --from</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/ical.py" line="+3"/>
        <source>--recurring does not apply to an organiser&apos;s calendar</source>
        <translation>--recurring geldt niet voor de agenda van een organisator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} does not exist</source>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No colleague has the e-mail address {email}</source>
        <translation>Geen collega heeft het e-mailadres {email}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../desktop/commands/privacy.py" line="-83"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote 1 event from {start} to {end} to {path}</source>
        <translation>1 afspraak van {start} tot en met {end} geschreven naar {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {count} events from {start} to {end} to {path}</source>
        <translation>{count} afspraken van {start} tot en met {end} geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/occasions.py" line="+21"/>
        <source>list occasions in a period</source>
        <translation>toon de gelegenheden in een periode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggest organisers, what to do and the budget</source>
        <translation>stel organisatoren, een idee en het budget voor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store the plans (without it nothing is written)</source>
        <translation>sla de plannen op (zonder deze optie wordt niets geschreven)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the stored plans, with stale plans and the day each is celebrated</source>
        <translation>toon de opgeslagen plannen, met vervallen plannen en de dag waarop elk gevierd wordt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>  (celebrate on {day})</source>
        <translation>  (vieren op {day})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nobody available</source>
        <translation>niemand beschikbaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>{what} ({budget}); organisers: {names}</source>
        <translation>{what} ({budget}); organisatoren: {names}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>occasion moved or gone</source>
        <translation>gelegenheid verplaatst of vervallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no organisers</source>
        <translation>geen organisatoren</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Stored 1 plan.</source>
        <translation>1 plan opgeslagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored {count} plans.</source>
        <translation>{count} plannen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/register.py" line="+3"/>
        <source>{path}: no problems found</source>
        <translation>{path}: geen problemen gevonden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {out}</source>
        <translation>Reservekopie geschreven naar {out}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/printing.py" line="+15"/>
        <source>the monthly celebration overview as PDF</source>
        <translation>het maandoverzicht van de vieringen als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the month, e.g. 2027-03</source>
        <translation>de maand, bijv. 2027-03</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manager: everything; board: the notice-board version, only what colleagues share</source>
        <translation>manager: alles; board: de versie voor het prikbord, alleen wat collega&apos;s delen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the perpetual birthday calendar as PDF</source>
        <translation>de verjaardagskalender als PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add the year of birth (of colleagues who share their age)</source>
        <translation>voeg het geboortejaar toe (van collega&apos;s die hun leeftijd delen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two months on a page</source>
        <translation>twee maanden per pagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the year&apos;s budget against its annual budgets as PDF</source>
        <translation>het budget van het jaar naast de jaarbudgetten als PDF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{month} is not a month: write it as YYYY-MM, e.g. 2027-03</source>
        <translation>{month} is geen maand: schrijf het als JJJJ-MM, bijv. 2027-03</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/budget.py" line="+13"/>
        <source>the year (default: this year)</source>
        <translation>het jaar (standaard: dit jaar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planned and spent per occasion kind against its annual budget, and per month</source>
        <translation>begroot en uitgegeven per soort gelegenheid naast het jaarbudget, en per maand</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../desktop/commands/printing.py" line="+57"/>
        <source>{file} does not exist.</source>
        <translation>{file} bestaat niet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Budget {year}</source>
        <translation>Budget {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: planned {planned}, spent {spent}, budget {budget}</source>
        <translation>{kind}: begroot {planned}, uitgegeven {spent}, budget {budget}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: planned {planned}, spent {spent}, budget {budget}</source>
        <translation>Totaal: begroot {planned}, uitgegeven {spent}, budget {budget}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/printing.py" line="+20"/>
        <source>No fonts are installed, so the PDF would hold no text. Install fonts (e.g. fonts-dejavu-core) and try again.</source>
        <translation>Er zijn geen lettertypen geïnstalleerd, dus de PDF zou geen tekst bevatten. Installeer lettertypen (bijv. fonts-dejavu-core) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Kan {file} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file} (pages: {pages}).</source>
        <translation>{file} geschreven (pagina&apos;s: {pages}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="+24"/>
        <source>the Social Calendar file (default: the one in your data folder)</source>
        <translation>het Social Calendar-bestand (standaard: dat in uw gegevensmap)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of messages (default: settings, else the system&apos;s)</source>
        <translation>taal van de berichten (standaard: de instelling, anders die van het systeem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format</source>
        <translation>uitvoerformaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birthdays, jubilea and celebrations of your colleagues.</source>
        <translation>Verjaardagen, jubilea en vieringen van uw collega&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the version and exit</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/__init__.py" line="-14"/>
        <source>{text} is not a date in the form YYYY-MM-DD</source>
        <translation>{text} is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first day of the period</source>
        <translation>de eerste dag van de periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day of the period (included)</source>
        <translation>de laatste dag van de periode (inbegrepen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note: {file} is open in a Social Calendar window (on {host}). The window will show these changes within a few seconds; its undo history starts afresh then.</source>
        <translation>Let op: {file} is geopend in een venster van Social Calendar (op {host}). Het venster laat deze wijzigingen binnen enkele seconden zien; de geschiedenis voor ongedaan maken begint dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/settings.py" line="+15"/>
        <source>list or change the file&apos;s settings (mail, reminders, privacy)</source>
        <translation>toon of wijzig de instellingen van het bestand (e-mail, herinneringen, privacy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change one setting</source>
        <translation>wijzig één instelling</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/backups.py" line="+15"/>
        <source>list the backups kept beside the file</source>
        <translation>toon de reservekopieën naast het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bring a backup back (the current file is kept as a backup first)</source>
        <translation>zet een reservekopie terug (het huidige bestand wordt eerst als reservekopie bewaard)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{created}  {colleagues} colleagues, {plans} plans  {path}</source>
        <translation>{created}  {colleagues} collega&apos;s, {plans} plannen  {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored {backup} into {path}; the file as it was is kept as {kept}</source>
        <translation>{backup} teruggezet in {path}; het bestand zoals het was is bewaard als {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/reminders.py" line="+16"/>
        <source>the reminder mails due today; --send sends them once</source>
        <translation>de herinneringsmails van vandaag; --send verstuurt ze één keer</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/privacy.py" line="-21"/>
        <location filename="../../desktop/commands/reminders.py" line="+2"/>
        <source>the day to run for (default: today)</source>
        <translation>de dag waarvoor het draait (standaard: vandaag)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/reminders.py" line="+2"/>
        <source>send the mails and record them, so none is sent twice</source>
        <translation>verstuur de mails en leg ze vast, zodat er geen twee keer gaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the mail server&apos;s password from standard input into the keyring</source>
        <translation>lees het wachtwoord van de mailserver van standaardinvoer in de sleutelbos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the mail server {host}: check the server name and port, and whether this computer is online.</source>
        <translation>Kan geen verbinding maken met de mailserver {host}: controleer de servernaam en poort, en of deze computer online is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} refused the secure connection: check the security setting (none, starttls or tls) and the port.</source>
        <translation>De mailserver {host} weigerde de beveiligde verbinding: controleer de beveiliging (none, starttls of tls) en de poort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} refused the login: check the user name and the password (social-calendar mail-password).</source>
        <translation>De mailserver {host} weigerde het inloggen: controleer de gebruikersnaam en het wachtwoord (social-calendar mail-password).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} refused the address {recipient}: correct it in the register.</source>
        <translation>De mailserver {host} weigerde het adres {recipient}: verbeter het in het register.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server is not set: set mail.host and mail.from (social-calendar settings set KEY VALUE).</source>
        <translation>De mailserver is niet ingesteld: stel mail.host en mail.from in (social-calendar settings set SLEUTEL WAARDE).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent {sent} of {total}; the rest is sent by the next run.</source>
        <translation>{sent} van {total} verstuurd; de rest gaat bij de volgende keer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {sent} of {total}.</source>
        <translation>{sent} van {total} verstuurd.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/__init__.py" line="-16"/>
        <source>No password on standard input: nothing was stored.</source>
        <translation>Geen wachtwoord op standaardinvoer: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/insight.py" line="+16"/>
        <source>how celebrations linked departments and spread the work (manager only)</source>
        <translation>hoe vieringen afdelingen verbonden en het werk verdeelden (alleen voor de manager)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connections of a period as two pages for the management team (PDF)</source>
        <translation>de verbindingen van een periode op twee pagina&apos;s voor het managementteam (PDF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name the colleagues who organised most, were not celebrated or never organised (without it the pages name no one)</source>
        <translation>noem de collega&apos;s die het meest organiseerden, niet gevierd werden of nooit organiseerden (zonder deze optie noemen de pagina&apos;s niemand)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Celebrations: {count}</source>
        <translation>Vieringen: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department pairs linked: {share}</source>
        <translation>Verbonden afdelingsparen: {share}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-I index: {value}</source>
        <translation>E-I-index: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load: highest {max}, lowest {min}, mean {mean}, Gini {gini}</source>
        <translation>Belasting: hoogste {max}, laagste {min}, gemiddeld {mean}, Gini {gini}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ties: {count}</source>
        <translation>Nieuwe banden: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not celebrated: {count}</source>
        <translation>Niet gevierd: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never organised: {count}</source>
        <translation>Nooit georganiseerd: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/sync.py" line="+15"/>
        <source>one round of sharing with the committee&apos;s server: pull, push, deletions, conflicts</source>
        <translation>één ronde delen met de server van de commissie: ophalen, versturen, verwijderingen, conflicten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>carry out deletions beyond sync.delete_limit_percent</source>
        <translation>verwijderingen boven sync.delete_limit_percent toch uitvoeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the open conflicts: the same colleague or plan changed here and on the server</source>
        <translation>de open conflicten: dezelfde collega of hetzelfde plan hier en op de server gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the sync server&apos;s password from standard input into the keyring</source>
        <translation>het wachtwoord van de synchronisatieserver van standaardinvoer in de sleutelbos zetten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>The sync server is not set: set sync.url (and sync.user) with social-calendar settings set KEY VALUE.</source>
        <translation>De synchronisatieserver is niet ingesteld: stel sync.url (en sync.user) in met social-calendar settings set SLEUTEL WAARDE.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The server no longer has {count} of the {total} objects here: more than {limit}% at once, so nothing was deleted. Check sync.url and the collection names; if the deletions are meant, run sync --force.</source>
        <translation>De server heeft {count} van de {total} objecten hier niet meer: meer dan {limit}% in één keer, dus er is niets verwijderd. Controleer sync.url en de namen van adresboek en agenda; zijn de verwijderingen bedoeld, voer dan sync --force uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync stopped: {reason}. What was done before is kept; the next sync goes on from there.</source>
        <translation>De synchronisatie is gestopt: {reason}. Wat al gedaan was, blijft bewaard; de volgende synchronisatie gaat vanaf daar verder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pulled {pulled}, pushed {pushed}, deleted {deleted}, conflicts {conflicts}</source>
        <translation>opgehaald {pulled}, verstuurd {pushed}, verwijderd {deleted}, conflicten {conflicts}</translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <location filename="../../desktop/ui/colleague_dialog.py" line="+44"/>
        <source>Add colleague</source>
        <translation>Collega toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s language</source>
        <translation>De taal van de app</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Celebrate on 28 February in common years</source>
        <translation>Vieren op 28 februari in gewone jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrate on 1 March in common years</source>
        <translation>Vieren op 1 maart in gewone jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quietly</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age may appear on shared calendars and the notice board</source>
        <translation>Leeftijd mag op gedeelde agenda&apos;s en het prikbord staan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Willing to help organise celebrations</source>
        <translation>Wil helpen vieringen te organiseren</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>DD-MM-YYYY, or DD-MM when the year is unknown</source>
        <translation>DD-MM-JJJJ, of DD-MM als het jaar onbekend is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as the hire date</source>
        <translation>gelijk aan de datum in dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still employed</source>
        <translation>nog in dienst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work and consent</source>
        <translation>Werk en toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Celebrated, also on shared calendars and the notice board.</source>
        <translation>Wordt gevierd, ook op gedeelde agenda&apos;s en het prikbord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrated quietly: only you see it, never on shared outputs.</source>
        <translation>Wordt stil gevierd: alleen u ziet het, nooit op gedeelde overzichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not celebrated at all: no occasions are suggested.</source>
        <translation>Wordt niet gevierd: er worden geen gelegenheden voorgesteld.</translation>
    </message>
</context>
<context>
    <name>ColleagueOccasions</name>
    <message>
        <location filename="../../desktop/ui/calendar/colleague_occasions.py" line="+34"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {days} days</source>
        <translation>over {days} dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in about {months} months</source>
        <translation>over ongeveer {months} maanden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{name}: the coming 12 months</source>
        <translation>{name}: de komende 12 maanden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a colleague to see their occasions of the coming 12 months.</source>
        <translation>Kies een collega om de gelegenheden van de komende 12 maanden te zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No occasions in the next 12 months (or the colleague asked not to be celebrated).</source>
        <translation>Geen gelegenheden in de komende 12 maanden (of de collega wil niet gevierd worden).</translation>
    </message>
</context>
<context>
    <name>ColleaguePicker</name>
    <message>
        <location filename="../../desktop/ui/planning/colleague_picker.py" line="+32"/>
        <source>Choose a colleague</source>
        <translation>Kies een collega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of a name or department</source>
        <translation>Typ een deel van een naam of afdeling</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody matches.</source>
        <translation>Niemand gevonden.</translation>
    </message>
</context>
<context>
    <name>ColleagueTableModel</name>
    <message>
        <location filename="../../desktop/ui/colleague_model.py" line="+226"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left on {date}</source>
        <translation>Uit dienst op {date}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next birthday</source>
        <translation>Volgende verjaardag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrate</source>
        <translation>Vieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quietly</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../desktop/ui/colleagues_page.py" line="+41"/>
        <source>Search by name, department or e-mail</source>
        <translation>Zoek op naam, afdeling of e-mail</translation>
    </message>
</context>
<context>
    <name>ComingUp</name>
    <message>
        <location filename="../../desktop/models/coming_up.py" line="+21"/>
        <source>nothing for a year</source>
        <translation>een jaar lang niets</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>add a birth date</source>
        <translation>vul een geboortedatum in</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>record an occasion</source>
        <translation>leg een gelegenheid vast</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {days} days</source>
        <translation>over {days} dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet, {when}</source>
        <translation>Nog geen plan, {when}</translation>
    </message>
</context>
<context>
    <name>ComingUpView</name>
    <message>
        <location filename="../../desktop/ui/calendar/coming_up_view.py" line="+50"/>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 occasion needs a plan: {occasions}</source>
        <translation>1 gelegenheid heeft een plan nodig: {occasions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} occasions need a plan: {occasions}</source>
        <translation>{count} gelegenheden hebben een plan nodig: {occasions}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Today is {day}</source>
        <translation>Vandaag is het {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every milestone within its lead time has a plan. To plan further ahead, use Plan the coming months… on the Planning page.</source>
        <translation>Elke mijlpaal binnen de voorbereidingstijd heeft een plan. Wilt u verder vooruit plannen, gebruik dan De komende maanden plannen… op de pagina Planning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to celebrate this week. The calendar shows what comes later.</source>
        <translation>Deze week valt er niets te vieren. De kalender toont wat later komt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in the next 30 days. Record a birth, a wedding or an outing with Occasions › Record occasion…</source>
        <translation>Niets in de komende 30 dagen. Leg een geboorte, huwelijk of uitje vast met Gelegenheden › Gelegenheid vastleggen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Plan…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;colleague</source>
        <translation>&amp;Collega tonen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="+17"/>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add department {name}</source>
        <translation>Afdeling {name} toevoegen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename department {old} to {new}</source>
        <translation>Afdeling {old} hernoemen tot {new}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete department {name}</source>
        <translation>Afdeling {name} verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/conflict_dialog.py" line="+66"/>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another member changed these while you did too. Both versions are kept until you choose, field by field, what to keep.</source>
        <translation>Een ander commissielid heeft dit gewijzigd terwijl u dat ook deed. Beide versies blijven bewaard tot u per veld kiest wat u houdt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this file</source>
        <translation>In dit bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All &amp;mine</source>
        <translation>Alles &amp;eigen versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;theirs</source>
        <translation>Alles van de &amp;server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the chosen values</source>
        <translation>&amp;Gekozen waarden bewaren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Colleague: {name}</source>
        <translation>Collega: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policies</source>
        <translation>Het beleid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave: {who} {date}</source>
        <translation>Verlof: {who} {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occasion: {who} {date}</source>
        <translation>Gelegenheid: {who} {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: {who} {date}</source>
        <translation>Plan: {who} {date}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Celebrated on</source>
        <translation>Gevierd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual cost</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeats</source>
        <translation>Herhaalt zich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former organisers</source>
        <translation>Voormalige organisatoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app&apos;s language</source>
        <translation>De taal van de app</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../../desktop/ui/connections/page.py" line="+105"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Department map: celebrations linking each pair of departments</source>
        <translation>Afdelingenkaart: vieringen die elk paar afdelingen verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department pairs linked per quarter</source>
        <translation>Verbonden afdelingsparen per kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-I index per quarter</source>
        <translation>E-I-index per kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load of organising per colleague</source>
        <translation>Organisatielast per collega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each cell counts the celebrations that brought the two departments together; hatched cells are pairs that never met. Point at a cell, or use the arrow keys, for its figures.</source>
        <translation>Elk vak telt de vieringen die de twee afdelingen samenbrachten; gearceerde vakken zijn paren die elkaar nooit troffen. Wijs een vak aan, of gebruik de pijltjestoetsen, voor de cijfers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department pairs linked, per quarter</source>
        <translation>Verbonden afdelingsparen, per kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-I index, per quarter</source>
        <translation>E-I-index, per kwartaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which departments met</source>
        <translation>Welke afdelingen elkaar troffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not celebrated</source>
        <translation>Niet gevierd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never organised</source>
        <translation>Nooit georganiseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>E-I index</source>
        <translation>E-I-index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs linked</source>
        <translation>Verbonden paren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who organises</source>
        <translation>Wie organiseert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Not celebrated (%n)</source>
        <translation>
            <numerusform>Niet gevierd (%n)</numerusform>
            <numerusform>Niet gevierd (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Never organised (%n)</source>
        <translation>
            <numerusform>Nooit georganiseerd (%n)</numerusform>
            <numerusform>Nooit georganiseerd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{met} of {others}</source>
        <translation>{met} van {others}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPrintDialog</name>
    <message>
        <location filename="../../desktop/ui/connections/printing.py" line="+31"/>
        <source>Print connections</source>
        <translation>Verbindingen afdrukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name colleagues (who organised most, who was not celebrated or never organised)</source>
        <translation>&amp;Collega&apos;s bij naam noemen (wie het meest organiseerde, wie niet gevierd werd of nooit organiseerde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without names the pages show departments and figures only.</source>
        <translation>Zonder namen tonen de pagina&apos;s alleen afdelingen en cijfers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="+77"/>
        <source>Check database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A backup was made first ({file}).</source>
        <translation>Eerst is een back-up gemaakt ({file}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup could be made first: {reason}</source>
        <translation>Vooraf kon geen back-up worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found: every part of the file was read and every link between colleagues, plans and occasions is whole.</source>
        <translation>Geen problemen gevonden: elk deel van het bestand is gelezen en elke koppeling tussen collega&apos;s, plannen en gelegenheden is heel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: some of it can no longer be read reliably ({detail}).</source>
        <translation>Het bestand is beschadigd: een deel ervan is niet meer betrouwbaar te lezen ({detail}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) point to something that is no longer there (a colleague, plan or occasion).</source>
        <translation>
            <numerusform>%n gegeven verwijst naar iets wat er niet meer is (een collega, plan of gelegenheid).</numerusform>
            <numerusform>%n gegevens verwijzen naar iets wat er niet meer is (een collega, plan of gelegenheid).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep working with care, and restore a backup from before the problem with File › Backups…</source>
        <translation>Werk voorzichtig verder en zet met Bestand › Back-ups… een back-up van vóór het probleem terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest good backup is from {created}. Restore it? The file as it is now is kept aside as well.</source>
        <translation>De nieuwste goede back-up is van {created}. Wilt u die terugzetten? Het bestand zoals het nu is, wordt ook apart bewaard.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop/models/dates.py" line="+81"/>
        <source>{text} has an unlikely year</source>
        <translation>{text} heeft een onwaarschijnlijk jaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>{date} does not exist</source>
        <translation>{date} bestaat niet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{text} is not a date (use DD-MM-YYYY or YYYY-MM-DD)</source>
        <translation>{text} is geen datum (gebruik DD-MM-JJJJ of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} has no year</source>
        <translation>{text} heeft geen jaar</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message>
        <location filename="../../desktop/ui/calendar/day_details.py" line="+104"/>
        <source>Nothing to celebrate on this day.</source>
        <translation>Op deze dag niets te vieren.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="+144"/>
        <source>You are trying Social Calendar on a demo organisation: change anything you like. Your own file is not touched.</source>
        <translation>U probeert Social Calendar uit met een demo-organisatie: verander gerust wat u wilt. Uw eigen bestand blijft onaangeroerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bac&amp;k to my own file</source>
        <translation>&amp;Terug naar mijn eigen bestand</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../desktop/ui/departments_dialog.py" line="+29"/>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add department</source>
        <translation>Afdeling toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename department</source>
        <translation>Afdeling hernoemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="-20"/>
        <source>&lt;a href=&quot;import&quot;&gt;Import the HR spreadsheet…&lt;/a&gt;, &lt;a href=&quot;add&quot;&gt;add a colleague…&lt;/a&gt; or &lt;a href=&quot;demo&quot;&gt;try it on a demo organisation&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;import&quot;&gt;Importeer de HR-lijst…&lt;/a&gt;, &lt;a href=&quot;add&quot;&gt;voeg een collega toe…&lt;/a&gt; of &lt;a href=&quot;demo&quot;&gt;probeer het uit met een demo-organisatie&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/publishing/export_dialog.py" line="+59"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser&apos;s calendar</source>
        <translation>Agenda van een organisator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthdays as &amp;yearly recurring events</source>
        <translation>Verjaardagen als &amp;jaarlijks terugkerende afspraken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>social-calendar.ics</source>
        <comment>default file name</comment>
        <translation>sociale-kalender.ics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared: respects consent and hidden ages</source>
        <translation>Gedeeld: houdt rekening met toestemming en verborgen leeftijden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager: everyone, with plans and organisers</source>
        <translation>Organisatie: iedereen, met plannen en organisatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One event per colleague that repeats every year, instead of one event per birthday. Milestone birthdays keep their own event with the age.</source>
        <translation>Eén afspraak per collega die elk jaar terugkeert, in plaats van één afspraak per verjaardag. Kroonjaren houden hun eigen afspraak met de leeftijd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>celebrations.ics</source>
        <comment>default file name</comment>
        <translation>vieringen.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile</source>
        <translation>Be&amp;stand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>celebrations-{name}.ics</source>
        <comment>default file name</comment>
        <translation>vieringen-{name}.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export calendar to</source>
        <translation>Agenda exporteren naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file to write.</source>
        <translation>Kies een bestand om te schrijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder; add a file name such as social-calendar.ics.</source>
        <translation>Dit is een map; voeg een bestandsnaam toe zoals sociale-kalender.ics.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop/ui/field_labels.py" line="+12"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>29 February</source>
        <translation>29 februari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service start</source>
        <translation>Jubileumdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrate</source>
        <translation>Vieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show age</source>
        <translation>Leeftijd tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helps organise</source>
        <translation>Organiseert mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Houdt van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>Dieetwensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of mails</source>
        <translation>Taal van e-mails</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="+22"/>
        <source>Social Calendar (*.sqlite *.db)</source>
        <translation>Social Calendar (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Social Calendar file</source>
        <translation>Social Calendar-bestand openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Social Calendar file</source>
        <translation>Nieuw Social Calendar-bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New file</source>
        <translation>Nieuw bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already exists. Choose another name, or use File › Open to open it.</source>
        <translation>{file} bestaat al. Kies een andere naam, of open het met Bestand › Openen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Social Calendar</source>
        <translation>Social Calendar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File already open</source>
        <translation>Bestand al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is open in another Social Calendar window (on {host}, since {since}). Changes made in two windows at once can overwrite each other. Open it here anyway?</source>
        <translation>{file} is geopend in een ander Social Calendar-venster (op {host}, sinds {since}). Wijzigingen in twee vensters tegelijk kunnen elkaar overschrijven. Toch hier openen?</translation>
    </message>
</context>
<context>
    <name>FormerColleaguesDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="+128"/>
        <source>Former colleagues</source>
        <translation>Oud-collega&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To be erased on</source>
        <translation>Te wissen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase now…</source>
        <translation>Nu &amp;wissen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leavers are never erased automatically (privacy.leaver_retention_months is 0).</source>
        <translation>Vertrokken collega&apos;s worden nooit automatisch gewist (privacy.leaver_retention_months is 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leavers&apos; data is erased %n month(s) after their last day, when the file is opened; never while a plan about them is still open (privacy.leaver_retention_months).</source>
        <translation>
            <numerusform>De gegevens van vertrokken collega&apos;s worden %n maand na hun laatste werkdag gewist, bij het openen van het bestand; nooit zolang er nog een plan voor hen openstaat (privacy.leaver_retention_months).</numerusform>
            <numerusform>De gegevens van vertrokken collega&apos;s worden %n maanden na hun laatste werkdag gewist, bij het openen van het bestand; nooit zolang er nog een plan voor hen openstaat (privacy.leaver_retention_months).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waits: a plan about them is still open</source>
        <translation>Wacht: er staat nog een plan voor deze collega open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
</context>
<context>
    <name>GiftPolicy</name>
    <message>
        <location filename="../../desktop/models/gift_policy.py" line="+66"/>
        <source>A card signed by the team and a moment at coffee</source>
        <translation>Een kaart getekend door het team en een moment bij de koffie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gift and a treat for the team</source>
        <translation>Een cadeau en traktatie voor het team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift voucher and cake at coffee</source>
        <translation>Een cadeaubon en taart bij de koffie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abraham/Sarah: a decorated workplace, a gift and a treat</source>
        <translation>Abraham/Sarah: een versierde werkplek, een cadeau en een traktatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A card and flowers</source>
        <translation>Een kaart en bloemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card and a small gift</source>
        <translation>Een kaart en een kleine attentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gift from the organisation and a treat</source>
        <translation>Een cadeau van de organisatie en een traktatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A gift, a reception and a speech</source>
        <translation>Een cadeau, een receptie en een toespraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kraamcadeau and a card</source>
        <translation>Een kraamcadeau en een kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A wedding gift and a card</source>
        <translation>Een huwelijkscadeau en een kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A welcome lunch with a buddy from another department</source>
        <translation>Een welkomstlunch met een buddy van een andere afdeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Farewell drinks and a gift</source>
        <translation>Afscheidsborrel en een cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flowers and a get-well card</source>
        <translation>Bloemen en een beterschapskaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A condolence card and flowers</source>
        <translation>Een condoleancekaart en bloemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organise the gathering</source>
        <translation>De bijeenkomst organiseren</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Monthly treat: celebrate this month&apos;s birthdays together</source>
        <translation>Maandtraktatie: de verjaardagen van deze maand samen vieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Quiet: a personal word or card from you, no team celebration</source>
        <translation>Stil: een persoonlijk woord of kaartje van u, geen viering met het team</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A card</source>
        <translation>Een kaart</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{what} (make the treat {dietary})</source>
        <translation>{what} (traktatie {dietary})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}; likes: {likes}</source>
        <translation>{what}; houdt van: {likes}</translation>
    </message>
</context>
<context>
    <name>GiftPolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/planning/gift_policy_editor.py" line="+48"/>
        <location line="+203"/>
        <source>Gift and gathering policy</source>
        <translation>Cadeau- en vieringsbeleid</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>What each occasion gets, for how much and from how many organisers. Choose a rule on the left to change it on the right. A rule for an age or a number of years wins over the general rule of its occasion.</source>
        <translation>Wat elke gelegenheid krijgt, voor hoeveel en door hoeveel organisatoren. Kies links een regel om hem rechts te wijzigen. Een regel voor een leeftijd of een aantal jaren gaat vóór de algemene regel van die gelegenheid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;rule</source>
        <translation>Nieu&amp;we regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dele&amp;te rule</source>
        <translation>Regel &amp;schrappen</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>{what} (or %n other(s))</source>
        <translation>
            <numerusform>{what} (of %n ander)</numerusform>
            <numerusform>{what} (of %n andere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a milestone</source>
        <translation>geen mijlpaal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule {row} ({occasion}): “{value}” is not an age or a number of years such as 25 or 12.5</source>
        <translation>Regel {row} ({occasion}): “{value}” is geen leeftijd of aantal jaren zoals 25 of 12,5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule {row} ({occasion}): write at least one idea</source>
        <translation>Regel {row} ({occasion}): schrijf ten minste één idee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule {row} ({occasion}): the same occasion has a rule twice</source>
        <translation>Regel {row} ({occasion}): dezelfde gelegenheid heeft twee keer een regel</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Occasion</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore &amp;defaults</source>
        <translation>Standaard &amp;herstellen</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the gift and gathering policy</source>
        <translation>Cadeau- en vieringsbeleid wijzigen</translation>
    </message>
</context>
<context>
    <name>GiftRuleForm</name>
    <message>
        <location filename="../../desktop/ui/planning/gift_rule_form.py" line="+107"/>
        <source>milestone or not</source>
        <translation>mijlpaal of niet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only when not a milestone</source>
        <translation>alleen als het geen mijlpaal is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a milestone</source>
        <translation>alleen een mijlpaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An age (50) or a number of years of service (12.5): a rule with one wins over a general rule of the same occasion.</source>
        <translation>Een leeftijd (50) of een aantal dienstjaren (12,5): een regel daarmee gaat vóór een algemene regel van dezelfde gelegenheid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the words of the idea chosen above</source>
        <translation>de woorden van het idee dat hierboven gekozen is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ide&amp;a</source>
        <translation>Idee &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve idea</source>
        <translation>Idee &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Naar bene&amp;den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One idea per line; choose one to change its words below the list. The first is suggested; a colleague who had it last time gets the next one.</source>
        <translation>Eén idee per regel; kies er een om de woorden onder de lijst te wijzigen. Het eerste wordt voorgesteld; een collega die het de vorige keer kreeg, krijgt het volgende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Food or drink</source>
        <translation>&amp;Eten of drinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ideas are a treat or a meal: the suggested plan adds the celebrant&apos;s dietary needs, such as “make the treat vegetarian”.</source>
        <translation>De ideeën zijn een traktatie of een maaltijd: het voorgestelde plan noemt de dieetwensen van de jarige of gevierde, zoals “maak de traktatie vegetarisch”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gift</source>
        <translation>&amp;Cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ideas include something to choose: the suggested plan adds what the celebrant likes, as written on their card.</source>
        <translation>De ideeën bevatten iets om uit te kiezen: het voorgestelde plan noemt wat de gevierde collega leuk vindt, zoals op zijn of haar kaart staat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Occa&amp;sion</source>
        <translation>&amp;Gelegenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Milestone</source>
        <translation>&amp;Mijlpaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age or &amp;years</source>
        <translation>Leeftijd of &amp;jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative &amp;ideas</source>
        <translation>Alternatieve &amp;ideeën</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt of the chosen idea</source>
        <translation>Te&amp;kst van het gekozen idee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ideas are</source>
        <translation>De ideeën zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of organisers</source>
        <translation>Aanta&amp;l organisatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead time in days</source>
        <translation>Dagen voo&amp;raf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effort</source>
        <translation>I&amp;nspanning</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>It needs a plan %n day(s) before the day: from then it shows under “Needs attention” and the reminders go out.</source>
        <translation>
            <numerusform>Er moet %n dag van tevoren een plan zijn: vanaf dan staat het onder “Vraagt aandacht” en gaan de herinneringen uit.</numerusform>
            <numerusform>Er moet %n dagen van tevoren een plan zijn: vanaf dan staat het onder “Vraagt aandacht” en gaan de herinneringen uit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A turn for this counts as %n turn(s) when the app spreads the work fairly among the organisers.</source>
        <translation>
            <numerusform>Een beurt hiervoor telt als %n beurt wanneer de app het werk eerlijk over de organisatoren verdeelt.</numerusform>
            <numerusform>Een beurt hiervoor telt als %n beurten wanneer de app het werk eerlijk over de organisatoren verdeelt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A turn for this counts as {number} turns when the app spreads the work fairly among the organisers.</source>
        <translation>Een beurt hiervoor telt als {number} beurten wanneer de app het werk eerlijk over de organisatoren verdeelt.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../desktop/ui/help_browser.py" line="+51"/>
        <source>Social Calendar guide</source>
        <translation>Handleiding Social Calendar</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/exchange/import_columns.py" line="+98"/>
        <source>No column with a name was found (columns: {found}). Expected a header such as {expected}.</source>
        <translation>Geen kolom met een naam gevonden (kolommen: {found}). Verwacht werd een kop zoals {expected}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored 1 column this app does not use: {columns}</source>
        <translation>1 kolom genegeerd die deze app niet gebruikt: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored {count} columns this app does not use: {columns}</source>
        <translation>{count} kolommen genegeerd die deze app niet gebruikt: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored a repeated column, the first one is used: {columns}</source>
        <translation>Herhaalde kolom genegeerd, de eerste wordt gebruikt: {columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored repeated columns, the first of each is used: {columns}</source>
        <translation>Herhaalde kolommen genegeerd, telkens de eerste wordt gebruikt: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_csv.py" line="+60"/>
        <source>{file} is not a text file (CSV); it looks like binary data. Save the list as CSV, Excel (.xlsx) or vCard (.vcf).</source>
        <translation>{file} is geen tekstbestand (CSV); het lijkt binaire data. Sla de lijst op als CSV, Excel (.xlsx) of vCard (.vcf).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The columns are separated by tabs. Save the list as CSV with commas or semicolons, or as Excel (.xlsx).</source>
        <translation>De kolommen zijn gescheiden door tabs. Sla de lijst op als CSV met komma&apos;s of puntkomma&apos;s, of als Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header &quot;{header}&quot; looks like several columns, but they are not separated by a comma or semicolon. Save the list as CSV with commas or semicolons.</source>
        <translation>De kop &quot;{header}&quot; lijkt op meerdere kolommen, maar die zijn niet gescheiden door een komma of puntkomma. Sla de lijst op als CSV met komma&apos;s of puntkomma&apos;s.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <location filename="../../desktop/exchange/import_source.py" line="+63"/>
        <location filename="../../desktop/exchange/import_xlsx.py" line="+47"/>
        <source>{file} is empty</source>
        <translation>{file} is leeg</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{file}: the double quote opened on line {line} is never closed</source>
        <translation>{file}: het aanhalingsteken dat op regel {line} opent, wordt nooit gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} cannot be read as CSV on line {line}: {detail}</source>
        <translation>{file} is op regel {line} niet als CSV te lezen: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/exchange/import_xlsx.py" line="+3"/>
        <source>{file} has a header but no colleagues</source>
        <translation>{file} heeft een kopregel maar geen collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_errors.py" line="+35"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_matching.py" line="+83"/>
        <source>{count} colleagues called {name} fit this row; add an e-mail address or birth date to tell them apart</source>
        <translation>{count} collega&apos;s met de naam {name} passen bij deze rij; vul een e-mailadres of geboortedatum in om ze te onderscheiden</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_rows.py" line="+48"/>
        <location line="+8"/>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_source.py" line="-13"/>
        <source>{file} does not exist</source>
        <translation>{file} bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} is een map, geen bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: this spreadsheet format cannot be read. Save it as Excel workbook (.xlsx) or CSV.</source>
        <translation>{file}: dit spreadsheetformaat kan niet worden gelezen. Sla het op als Excel-werkmap (.xlsx) of CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this row uses another separator than the header (comma or semicolon)</source>
        <translation>deze rij gebruikt een ander scheidingsteken dan de kopregel (komma of puntkomma)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this row has {found} values but the header only {expected} columns; put values holding the separator in double quotes</source>
        <translation>deze rij heeft {found} waarden maar de kopregel maar {expected} kolommen; zet waarden met het scheidingsteken erin tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} holds no vCards (BEGIN:VCARD ... END:VCARD)</source>
        <translation>{file} bevat geen vCards (BEGIN:VCARD ... END:VCARD)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_values.py" line="+146"/>
        <source>&quot;{text}&quot; is not ja/nee or yes/no</source>
        <translation>&quot;{text}&quot; is geen ja/nee of yes/no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{text}&quot; is not ja/stil/nee or yes/quiet/no</source>
        <translation>&quot;{text}&quot; is geen ja/stil/nee of yes/quiet/no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{text}&quot; is not 28-02 or 01-03</source>
        <translation>&quot;{text}&quot; is geen 28-02 of 01-03</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_vcard.py" line="+40"/>
        <source>this vCard cannot be read: {detail}</source>
        <translation>deze vCard kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_xlsx.py" line="-30"/>
        <source>{file} is not an Excel workbook (.xlsx); it seems to be a text or other file with the wrong extension. A CSV file should end in .csv.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx); het lijkt een tekst- of ander bestand met de verkeerde extensie. Een CSV-bestand hoort op .csv te eindigen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} is not a readable Excel workbook (.xlsx): {detail}</source>
        <translation>{file} is geen leesbare Excel-werkmap (.xlsx): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/importing.py" line="+95"/>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comparing the rows with the register…</source>
        <translation>De rijen vergelijken met het register…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is already imported by row {row}: a colleague may appear only once</source>
        <translation>{name} wordt al geïmporteerd door rij {row}: een collega mag maar één keer voorkomen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The register changed since this preview (another window or program wrote to it): nothing was imported. Import the file again to see what it would do now.</source>
        <translation>Het register is veranderd sinds dit voorbeeld (een ander venster of programma heeft erin geschreven): er is niets geïmporteerd. Importeer het bestand opnieuw om te zien wat het nu zou doen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the colleagues…</source>
        <translation>De collega&apos;s opslaan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: 1 row was refused</source>
        <translation>Er is niets geïmporteerd: 1 rij geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {count} rows were refused</source>
        <translation>Er is niets geïmporteerd: {count} rijen geweigerd</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/import_date_order.py" line="+47"/>
        <source>{column}: rows {day_rows} can only be day/month/year, rows {month_rows} only month/day/year. Correct them, or say the order with --date-order dmy or mdy.</source>
        <translation>{column}: rijen {day_rows} kunnen alleen dag/maand/jaar zijn, rijen {month_rows} alleen maand/dag/jaar. Verbeter ze, of geef de volgorde op met --date-order dmy of mdy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates read as month/day/year</source>
        <translation>Datums gelezen als maand/dag/jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates read as day/month/year</source>
        <translation>Datums gelezen als dag/maand/jaar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="+34"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {refused} geweigerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New departments: {names}</source>
        <translation>Nieuwe afdelingen: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New ({count})</source>
        <translation>Nieuw ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated ({count})</source>
        <translation>Bijgewerkt ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {reason}</source>
        <translation>rij {row}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused ({count})</source>
        <translation>Geweigerd ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings ({count})</source>
        <translation>Waarschuwingen ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the refused rows and import the others</source>
        <translation>Geweigerde rijen overslaan en de rest importeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to import: the file holds no new or changed colleagues.</source>
        <translation>Er is niets te importeren: het bestand bevat geen nieuwe of gewijzigde collega&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while rows are refused: fix them in the file, or skip them.</source>
        <translation>Er wordt niets geïmporteerd zolang er rijen geweigerd zijn: verbeter ze in het bestand, of sla ze over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is one step: Edit › Undo takes all of it back.</source>
        <translation>De import is één stap: Bewerken › Ongedaan maken draait alles terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="+29"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Import colleagues</source>
        <translation>Collega&apos;s importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and contacts (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Spreadsheets en contacten (*.csv *.xlsx *.vcf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+45"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} cannot be imported: {reason}</source>
        <translation>{file} kan niet worden geïmporteerd: {reason}</translation>
    </message>
</context>
<context>
    <name>InsightPages</name>
    <message>
        <location filename="../../desktop/render/insight_pages.py" line="+35"/>
        <source>Connections across the organisation</source>
        <translation>Verbindingen in de organisatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages could not be started.</source>
        <translation>De pagina&apos;s konden niet worden begonnen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printed on {day} · confidential: for the management team</source>
        <translation>Afgedrukt op {day} · vertrouwelijk: voor het managementteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which departments met</source>
        <translation>Welke afdelingen elkaar troffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each cell counts the celebrations that brought the two departments together; hatched cells are pairs that never met in the period.</source>
        <translation>Elk vak telt de vieringen die de twee afdelingen samenbrachten; gearceerde vakken zijn paren die elkaar in de periode nooit troffen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Quarter by quarter</source>
        <translation>Kwartaal na kwartaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department pairs linked</source>
        <translation>Verbonden afdelingsparen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>E-I index</source>
        <translation>E-I-index</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Who organises</source>
        <translation>Wie organiseert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort-weighted turns per colleague, most first.</source>
        <translation>Beurten per collega, gewogen naar inspanning, de meeste eerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who fell through the cracks</source>
        <translation>Wie tussen wal en schip viel</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n colleague(s) who like to be celebrated had no celebration in the period.</source>
        <translation>
            <numerusform>%n collega die graag gevierd wordt, had in de periode geen viering.</numerusform>
            <numerusform>%n collega&apos;s die graag gevierd worden, hadden in de periode geen viering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n willing colleague(s), employed the whole period, never organised.</source>
        <translation>
            <numerusform>%n collega die wil organiseren en de hele periode in dienst was, organiseerde nooit.</numerusform>
            <numerusform>%n collega&apos;s die willen organiseren en de hele periode in dienst waren, organiseerden nooit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{met} of {others}</source>
        <translation>{met} van {others}</translation>
    </message>
</context>
<context>
    <name>InsightTexts</name>
    <message>
        <location filename="../../desktop/render/insight_texts.py" line="+31"/>
        <source>{start} to {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Celebrations</source>
        <translation>Vieringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned or held in the period; skipped plans and plans whose occasion moved do not count.</source>
        <translation>gepland of gehouden in de periode; overgeslagen plannen en plannen waarvan de gelegenheid verschoof tellen niet mee.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department pairs linked</source>
        <translation>Verbonden afdelingsparen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{linked} of {pairs} pairs of departments met at a celebration: a celebrant and an organiser, or two organisers, one from each.</source>
        <translation>{linked} van {pairs} paren afdelingen troffen elkaar bij een viering: een jarige en een organisator, of twee organisatoren, uit elk één.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-I index</source>
        <translation>E-I-index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from −1 (every tie stays inside a department) to +1 (every tie crosses to another department). Ties: celebrant with organiser, organiser with organiser.</source>
        <translation>van −1 (elke band blijft binnen een afdeling) tot +1 (elke band gaat naar een andere afdeling). Banden: gevierde met organisator, organisator met organisator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread of the work (Gini)</source>
        <translation>Spreiding van het werk (Gini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: everyone willing organised as much; towards 1: a few do it all. Effort-weighted turns: highest {high}, lowest {low}, mean {mean}.</source>
        <translation>0: iedereen die wil organiseerde even veel; richting 1: een paar doen alles. Gewogen beurten: hoogste {high}, laagste {low}, gemiddeld {mean}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New ties</source>
        <translation>Nieuwe banden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs of colleagues who organised together for the first time.</source>
        <translation>paren collega&apos;s die voor het eerst samen organiseerden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell through the cracks</source>
        <translation>Tussen wal en schip</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n colleague(s) who like to be celebrated had no celebration; </source>
        <translation>
            <numerusform>%n collega die graag gevierd wordt, had geen viering; </numerusform>
            <numerusform>%n collega&apos;s die graag gevierd worden, hadden geen viering; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n willing colleague(s), employed all period, never organised.</source>
        <translation>
            <numerusform>%n collega die wil organiseren en de hele periode in dienst was, organiseerde nooit.</numerusform>
            <numerusform>%n collega&apos;s die willen organiseren en de hele periode in dienst waren, organiseerden nooit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q{quarter} {year}</source>
        <translation>K{quarter} {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{quarter}: {share} of department pairs linked (%n celebration(s))</source>
        <translation>
            <numerusform>{quarter}: {share} van de afdelingsparen verbonden (%n viering)</numerusform>
            <numerusform>{quarter}: {share} van de afdelingsparen verbonden (%n vieringen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{quarter}: E-I index {value} (%n celebration(s))</source>
        <translation>
            <numerusform>{quarter}: E-I-index {value} (%n viering)</numerusform>
            <numerusform>{quarter}: E-I-index {value} (%n vieringen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Celebration skipped</source>
        <translation>Viering overgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan is outdated: the occasion moved</source>
        <translation>Het plan is verouderd: de gelegenheid is verschoven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An occasion without a plan</source>
        <translation>Een gelegenheid zonder plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No birth date known</source>
        <translation>Geen geboortedatum bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined during the period</source>
        <translation>In de periode in dienst gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No occasion in the period</source>
        <translation>Geen gelegenheid in de periode</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desktop/ui/planning/leave_dialog.py" line="+41"/>
        <source>Leave of {name}</source>
        <translation>Verlof van {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not suggested as an organiser on these days.</source>
        <translation>{name} wordt op deze dagen niet als organisator voorgesteld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No leave recorded.</source>
        <translation>Geen verlof vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add period</source>
        <translation>Periode &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the first day of leave</source>
        <translation>Typ de eerste verlofdag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end lies before the start</source>
        <translation>Het einde ligt vóór het begin</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{start} to {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/ui/calendar/legend.py" line="+27"/>
        <source>{star} bold: a milestone (a round birthday or a jubilee)</source>
        <translation>{star} vet: een kroonjaar of jubileum</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/mail_settings.py" line="+49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mail server:</source>
        <translation>&amp;Mailserver:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>Poor&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send &amp;from (address):</source>
        <translation>Verzenden &amp;vanaf (adres):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digest to (your address):</source>
        <translation>&amp;Overzicht naar (uw adres):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest on &amp;weekday (1 = Monday):</source>
        <translation>Overzicht op &amp;weekdag (1 = maandag):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest looks &amp;ahead (days):</source>
        <translation>Overzicht kijkt voo&amp;ruit (dagen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged (kept in the keyring)</source>
        <translation>ongewijzigd (bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Send a test mail</source>
        <translation>Testmail versturen</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Weekly digest: subject</source>
        <translation>Wekelijks overzicht: onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly digest: text</source>
        <translation>Wekelijks overzicht: tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation to the organisers: subject</source>
        <translation>Uitnodiging aan de organisatoren: onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation to the organisers: text</source>
        <translation>Uitnodiging aan de organisatoren: tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder to the organisers: subject</source>
        <translation>Herinnering aan de organisatoren: onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder to the organisers: text</source>
        <translation>Herinnering aan de organisatoren: tekst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not a placeholder here: {names}</source>
        <translation>Hier geen plaatshouder: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Tuesday: Jan de Vries 50</source>
        <translation>- dinsdag: Jan de Vries 50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When: Tuesday
Budget: € 50,00</source>
        <translation>Wanneer: dinsdag
Budget: € 50,00</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The test mail could not be sent: {reason}</source>
        <translation>De testmail kon niet worden verstuurd: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test mail was sent to {to}.</source>
        <translation>De testmail is verstuurd naar {to}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+51"/>
        <source>The file was changed by another program: showing what it holds now.</source>
        <translation>Het bestand is door een ander programma gewijzigd: u ziet nu wat het bevat.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ups…</source>
        <translation>Back-&amp;ups…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print month…</source>
        <translation>Maand &amp;afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export month as P&amp;DF…</source>
        <translation>Maand als P&amp;DF bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;birthday calendar…</source>
        <translation>&amp;Verjaardagskalender afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar…</source>
        <translation>A&amp;genda exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export an or&amp;ganiser&apos;s calendar…</source>
        <translation>Agenda van een organisator e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ublishing…</source>
        <translation>P&amp;ubliceren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this &amp;computer…</source>
        <translation>Op &amp;deze computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export birthday calendar as PD&amp;F…</source>
        <translation>Verjaardagskalender als PD&amp;F bewaren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print conn&amp;ections…</source>
        <translation>Ver&amp;bindingen afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add colleague…</source>
        <translation>Collega &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit colleague…</source>
        <translation>Collega &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete colleague…</source>
        <translation>Collega &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;partments…</source>
        <translation>A&amp;fdelingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record occasion…</source>
        <translation>Gelegenheid &amp;vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded &amp;occasions…</source>
        <translation>Vastgelegde &amp;gelegenheden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion &amp;policy…</source>
        <translation>&amp;Beleid voor gelegenheden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gift and gathering policy…</source>
        <translation>&amp;Cadeau- en vieringsbeleid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave…</source>
        <translation>Ver&amp;lof…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;a colleague&apos;s data…</source>
        <translation>Gegevens van een collega &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fo&amp;rget colleague…</source>
        <translation>Collega ver&amp;geten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former &amp;colleagues…</source>
        <translation>&amp;Oud-collega&apos;s…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coming up</source>
        <translation>&amp;Binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;alendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olleagues</source>
        <translation>&amp;Collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnections</source>
        <translation>&amp;Verbindingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social Calendar &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Social Calendar</source>
        <translation>&amp;Over Social Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try the demo organisation</source>
        <translation>De demo-organisatie &amp;proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;k to my own file</source>
        <translation>&amp;Terug naar mijn eigen bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Occasions</source>
        <translation>&amp;Gelegenheden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete colleague</source>
        <translation>Collega verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} and their recorded occasions? You can undo this with Edit › Undo.</source>
        <translation>{name} en de vastgelegde gelegenheden verwijderen? U kunt dit terugdraaien met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>{file} – Social Calendar</source>
        <translation>{file} – Social Calendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo organisation – Social Calendar</source>
        <translation>Demo-organisatie – Social Calendar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{colleagues}, {shown} shown</source>
        <translation>{colleagues}, {shown} getoond</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln colleague(s)</source>
        <translation>
            <numerusform>%Ln collega</numerusform>
            <numerusform>%Ln collega&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthPages</name>
    <message>
        <location filename="../../desktop/render/month_pages.py" line="+49"/>
        <source>Celebrations — {month}</source>
        <translation>Vieringen — {month}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages could not be started.</source>
        <translation>De pagina&apos;s konden niet worden begonnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Birthdays, anniversaries and other celebrations this month</source>
        <translation>Verjaardagen, jubilea en andere vieringen deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s overview — confidential, not for the notice board</source>
        <translation>Overzicht voor de manager — vertrouwelijk, niet voor het prikbord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed on {day}</source>
        <translation>Afgedrukt op {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This month&apos;s birthdays</source>
        <translation>De jarigen van deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No celebrations this month.</source>
        <translation>Deze maand geen vieringen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Occasions: {count} · planned: {planned} · total budget: {budget}</source>
        <translation>Gelegenheden: {count} · gepland: {planned} · totaal budget: {budget}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>celebrate {day}</source>
        <translation>vieren {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quiet: manager only</source>
        <translation>stil: alleen voor de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved or gone</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The occasion of this plan moved or is gone: plan it on its new date and delete this plan.</source>
        <translation>De gelegenheid van dit plan is verplaatst of vervallen: plan haar op de nieuwe datum en verwijder dit plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likes: {text}</source>
        <translation>Houdt van: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dietary: {text}</source>
        <translation>Dieet: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {text}</source>
        <translation>Notities: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan notes: {text}</source>
        <translation>Notities bij het plan: {text}</translation>
    </message>
</context>
<context>
    <name>MonthPrintDialog</name>
    <message>
        <location filename="../../desktop/ui/printing/dialogs.py" line="-48"/>
        <source>Print month</source>
        <translation>Maand afdrukken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manager&apos;s overview (everything, confidential)</source>
        <translation>Overzicht voor de manager (alles, vertrouwelijk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice board (only what colleagues share)</source>
        <translation>Prikbord (alleen wat collega&apos;s delen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month:</source>
        <translation>Maand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop/ui/calendar/month_view.py" line="+41"/>
        <source>Previous month (Page Up)</source>
        <translation>Vorige maand (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today (Home)</source>
        <translation>Naar vandaag (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Volgende maand (Page Down)</translation>
    </message>
</context>
<context>
    <name>Occasion</name>
    <message>
        <location filename="../../desktop/models/labels.py" line="+12"/>
        <location line="+21"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Work anniversary</source>
        <translation>Dienstjubileum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Eerste werkdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farewell</source>
        <translation>Afscheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth</source>
        <translation>Geboorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wedding</source>
        <translation>Huwelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get well</source>
        <translation>Beterschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condolence</source>
        <translation>Condoleance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other occasion</source>
        <translation>Andere gelegenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly treat</source>
        <translation>Maandtraktatie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{age} years — {label}</source>
        <translation>{age} jaar — {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{years} years of service — {label}</source>
        <translation>{years} jaar in dienst — {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{years} years of service</source>
        <translation>{years} jaar in dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth of {child}</source>
        <translation>Geboorte van {child}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Birthday of {name}</source>
        <translation>Verjaardag van {name}</translation>
    </message>
</context>
<context>
    <name>OccasionColumns</name>
    <message>
        <location filename="../../desktop/ui/calendar/models.py" line="+42"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>OrganiserPanel</name>
    <message>
        <location filename="../../desktop/ui/planning/organiser_panel.py" line="+51"/>
        <source>Use &amp;suggestion</source>
        <translation>Voorstel &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the organisers with the suggested ones</source>
        <translation>Vervang de organisatoren door de voorgestelde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next best</source>
        <translation>Volgende &amp;beste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask someone else instead of the selected organiser; the others stay</source>
        <translation>Vraag iemand anders in plaats van de gekozen organisator; de anderen blijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organiser of your own choice</source>
        <translation>Voeg een organisator naar eigen keuze toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>No organisers yet: use the suggestion or choose someone.</source>
        <translation>Nog geen organisatoren: gebruik het voorstel of kies iemand.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Nobody else is available that day.</source>
        <translation>Er is die dag verder niemand beschikbaar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not available that day</source>
        <translation>die dag niet beschikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organiser</source>
        <translation>Kies een organisator</translation>
    </message>
</context>
<context>
    <name>Organisers</name>
    <message>
        <location filename="../../desktop/models/organisers.py" line="+139"/>
        <source>Same department as {name}</source>
        <translation>Zelfde afdeling als {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has organised with {name} before</source>
        <translation>Heeft eerder met {name} georganiseerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {dept}: links {dept} and {other}</source>
        <translation>Van {dept}: verbindt {dept} en {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {dept}</source>
        <translation>Van {dept}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has not worked with {name} before</source>
        <translation>heeft nog niet met {name} samengewerkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has not organised anything in the past year</source>
        <translation>heeft het afgelopen jaar niets georganiseerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>last organised this month</source>
        <translation>organiseerde deze maand nog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last organised a month ago</source>
        <translation>organiseerde een maand geleden voor het laatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last organised {months} months ago</source>
        <translation>organiseerde {months} maanden geleden voor het laatst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>links {dept} and {other}, who did not organise together this year</source>
        <translation>verbindt {dept} en {other}, die dit jaar nog niets samen organiseerden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>links {dept} and {other}, who organised together only %n time(s) this year</source>
        <translation>
            <numerusform>verbindt {dept} en {other}, die dit jaar pas %n keer samen iets organiseerden</numerusform>
            <numerusform>verbindt {dept} en {other}, die dit jaar pas %n keer samen iets organiseerden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageToolbar</name>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="+36"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the selected occasion, else the first that needs attention</source>
        <translation>De gekozen gelegenheid plannen, anders de eerste die aandacht vraagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the coming months…</source>
        <translation>De komende maanden plannen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose organisers, an idea and a budget for every occasion of a period that has no plan yet</source>
        <translation>Organisatoren, een idee en een budget voorstellen voor elke gelegenheid in een periode die nog geen plan heeft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask organisers…</source>
        <translation>Organisatoren vragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the organisers of the selected plan in your mail program</source>
        <translation>Schrijf de organisatoren van het gekozen plan in uw e-mailprogramma</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="+80"/>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n colleague(s) would go a year without a celebration (see Needs attention).</source>
        <translation>
            <numerusform>%n collega zou een jaar lang niet gevierd worden (zie Vraagt aandacht).</numerusform>
            <numerusform>%n collega&apos;s zouden een jaar lang niet gevierd worden (zie Vraagt aandacht).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The calendar shows every birthday, jubileum and recorded occasion of your colleagues.</source>
        <translation>De kalender toont elke verjaardag, elk jubileum en elke vastgelegde gelegenheid van uw collega&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning proposes organisers, an idea and a budget for every occasion of your colleagues.</source>
        <translation>De planning stelt voor elke gelegenheid van uw collega&apos;s organisatoren, een idee en een budget voor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your colleagues are listed here.</source>
        <translation>Hier staan uw collega&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget adds up what the celebrations cost.</source>
        <translation>Het budget telt op wat de vieringen kosten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections shows how celebrations tie the departments together.</source>
        <translation>Verbindingen laat zien hoe vieringen de afdelingen met elkaar verbinden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No celebrations are planned yet. &lt;a href=&quot;plan&quot;&gt;Plan the coming months…&lt;/a&gt; proposes organisers, an idea and a budget for each occasion; the budget then adds them up here.</source>
        <translation>Er zijn nog geen vieringen gepland. &lt;a href=&quot;plan&quot;&gt;De komende maanden plannen…&lt;/a&gt; stelt voor elke gelegenheid organisatoren, een idee en een budget voor; hier ziet u dan de optelling.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../desktop/ui/connections/period.py" line="+32"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>Van – tot en met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;from</source>
        <translation>&amp;van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;to</source>
        <translation>t/&amp;m</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../desktop/ui/planning/plan_commands.py" line="+28"/>
        <source>Plan {title}</source>
        <translation>{title} plannen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete plan {title}</source>
        <translation>Plan {title} verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan 1 occasion</source>
        <translation>1 gelegenheid plannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan {count} occasions</source>
        <translation>{count} gelegenheden plannen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leave of {name}</source>
        <translation>Verlof van {name}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop/ui/planning/plan_editor.py" line="+77"/>
        <source>Plan: {title}</source>
        <translation>Plan: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Occasion on {day}</source>
        <translation>Gelegenheid op {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested day: {day}</source>
        <translation>Voorgestelde dag: {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Celebrated on</source>
        <translation>Gevierd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual cost</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The celebrant cannot organise their own celebration</source>
        <translation>De gevierde kan de eigen viering niet organiseren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost cannot be negative</source>
        <translation>De kosten kunnen niet negatief zijn</translation>
    </message>
</context>
<context>
    <name>PlanMonthsDialog</name>
    <message>
        <location filename="../../desktop/ui/planning/plan_months_dialog.py" line="+76"/>
        <location line="+103"/>
        <source>Plan the coming months</source>
        <translation>De komende maanden plannen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Celebrated on</source>
        <translation>Gevierd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compute again</source>
        <translation>&amp;Opnieuw berekenen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every occasion in the period without a plan gets organisers, an idea and a budget. The work is spread fairly and pairs colleagues from different departments. Nothing is saved until you apply; you can undo it afterwards.</source>
        <translation>Elke gelegenheid in de periode zonder plan krijgt organisatoren, een idee en een budget. Het werk wordt eerlijk verdeeld en koppelt collega&apos;s van verschillende afdelingen. Er wordt niets opgeslagen tot u toepast; daarna kunt u het ongedaan maken.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped before every occasion had organisers: nothing is proposed and nothing was saved. Choose a shorter period, or compute again.</source>
        <translation>Gestopt voordat elke gelegenheid organisatoren had: er wordt niets voorgesteld en er is niets opgeslagen. Kies een kortere periode, of bereken opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n occasion(s) to plan, budget {amount}</source>
        <translation>
            <numerusform>%n gelegenheid te plannen, budget {amount}</numerusform>
            <numerusform>%n gelegenheden te plannen, budget {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every occasion in this period has a plan already.</source>
        <translation>Elke gelegenheid in deze periode heeft al een plan.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nobody is available that day: choose organisers by hand later.</source>
        <translation>Niemand is die dag beschikbaar: kies later met de hand organisatoren.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../desktop/exchange/suggestions.py" line="+26"/>
        <source>Chosen by hand</source>
        <translation>Met de hand gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available that day (leave, day off or not organising)</source>
        <translation>die dag niet beschikbaar (verlof, vrije dag of organiseert niet mee)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/planning.py" line="+64"/>
        <source>Finding the occasions in the period…</source>
        <translation>De gelegenheden in de periode zoeken…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choosing organisers, occasion by occasion…</source>
        <translation>Organisatoren kiezen, gelegenheid voor gelegenheid…</translation>
    </message>
</context>
<context>
    <name>PlanningModel</name>
    <message>
        <location filename="../../desktop/ui/planning/models.py" line="-161"/>
        <source>Celebrated on</source>
        <translation>Gevierd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Occasion moved or gone</source>
        <translation>Gelegenheid verplaatst of vervallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan was made for an occasion that has moved or no longer exists: a date was corrected, the colleague no longer wants to be celebrated, or the policy changed. If the occasion has a new date, plan it there; then delete this plan (Delete plan…) so it is not paid for twice.</source>
        <translation>Dit plan is gemaakt voor een gelegenheid die is verplaatst of niet meer bestaat: een datum is verbeterd, de collega wil niet meer gevierd worden, of het beleid is veranderd. Heeft de gelegenheid een nieuwe datum, plan haar daar; verwijder daarna dit plan (Plan verwijderen…) zodat het niet twee keer wordt betaald.</translation>
    </message>
</context>
<context>
    <name>PlanningTexts</name>
    <message>
        <location filename="../../desktop/ui/planning/texts.py" line="+32"/>
        <source>knows the celebrant</source>
        <translation>kent de jarige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from another department</source>
        <translation>van een andere afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by hand</source>
        <translation>met de hand gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organiser</source>
        <translation>organisator</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../desktop/ui/planning/planning_view.py" line="+62"/>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next 90 days</source>
        <translation>Komende 90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 12 months</source>
        <translation>Komende 12 maanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edi&amp;t plan…</source>
        <translation>Plan bewer&amp;ken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan the coming months…</source>
        <translation>De komende maanden &amp;plannen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask organisers…</source>
        <translation>Organisatoren &amp;vragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the organisers of the selected plan in your mail program</source>
        <translation>Schrijf de organisatoren van het gekozen plan in uw e-mailprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;colleague</source>
        <translation>&amp;Collega tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete plan…</source>
        <translation>Plan verwijde&amp;ren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored plan of the selected occasion (you can undo this)</source>
        <translation>Verwijder het opgeslagen plan van de gekozen gelegenheid (u kunt dit terugdraaien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>Alle (%n)</numerusform>
            <numerusform>Alle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ask organisers</source>
        <translation>Organisatoren vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The occasion of this plan has moved or no longer exists. Plan it again on its new date, or delete this plan.</source>
        <translation>De gelegenheid van dit plan is verplaatst of bestaat niet meer. Plan haar opnieuw op de nieuwe datum, of verwijder dit plan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Delete plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete the plan for {title}? You can undo this with Edit › Undo.</source>
        <translation>Het plan voor {title} verwijderen? U kunt dit terugdraaien met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The occasion of the plan “{title}” has moved or no longer exists.</source>
        <translation>De gelegenheid van het plan “{title}” is verplaatst of bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit anyway</source>
        <translation>Toch bewerken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing in this period: choose a longer period above, or record an occasion.</source>
        <translation>Niets in deze periode: kies hierboven een langere periode, of leg een gelegenheid vast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing with this status in this period: choose All above to see everything.</source>
        <translation>Niets met deze status in deze periode: kies hierboven Alle om alles te zien.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../desktop/models/policy.py" line="+26"/>
        <source>Abraham/Sarah</source>
        <translation>Abraham/Sarah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copper jubilee</source>
        <translation>koperen jubileum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silver jubilee</source>
        <translation>zilveren jubileum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruby jubilee</source>
        <translation>robijnen jubileum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden jubilee</source>
        <translation>gouden jubileum</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/policy_dialog.py" line="+68"/>
        <location line="+203"/>
        <source>Occasion policy</source>
        <translation>Beleid voor gelegenheden</translation>
    </message>
    <message>
        <location line="-198"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standaard herstellen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“{age}” is not an age from 1 to 120</source>
        <translation>“{age}” is geen leeftijd van 1 tot 120</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age {age} is in the list twice</source>
        <translation>Leeftijd {age} staat twee keer in de lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give age {age} a name, or remove the row</source>
        <translation>Geef leeftijd {age} een naam, of verwijder de rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age} is not a milestone age, so its name would never show</source>
        <translation>{age} is geen kroonjaar, dus de naam zou nooit verschijnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{years}” is not a number of years such as 25 or 12.5</source>
        <translation>“{years}” is geen aantal jaren zoals 25 of 12,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{years} years is in the list twice</source>
        <translation>{years} jaar staat twee keer in de lijst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Milestones: {ages} …</source>
        <translation>Kroonjaren: {ages} …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From &amp;age:</source>
        <translation>Vanaf &amp;leeftijd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;very:</source>
        <translation>&amp;Elke:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names for milestone ages:</source>
        <translation>Namen voor kroonjaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add age</source>
        <translation>Leeftijd toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove age</source>
        <translation>Leeftijd verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service years that are celebrated; halves such as 12.5 are allowed. Milestones stand out in the calendar and in suggestions.</source>
        <translation>Dienstjaren die gevierd worden; halve jaren zoals 12,5 mogen. Mijlpalen vallen op in de kalender en in voorstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add year</source>
        <translation>Jaar toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove year</source>
        <translation>Jaar verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone birthdays</source>
        <translation>Kroonjaren (verjaardagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work anniversaries</source>
        <translation>Dienstjubilea</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change the occasion policy</source>
        <translation>Beleid voor gelegenheden wijzigen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desktop/ui/printing/actions.py" line="+41"/>
        <source>celebrations</source>
        <comment>default file name</comment>
        <translation>vieringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice-board</source>
        <comment>default file name</comment>
        <translation>prikbord</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>birthday-calendar.pdf</source>
        <comment>default file name</comment>
        <translation>verjaardagskalender.pdf</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/render/documents.py" line="+33"/>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/actions.py" line="+26"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pages could not be printed: {reason}</source>
        <translation>De pagina&apos;s konden niet worden afgedrukt: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export PDF</source>
        <translation>PDF bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no fonts are installed</source>
        <translation>er zijn geen lettertypen geïnstalleerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Social Calendar</source>
        <translation>Social Calendar</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/models/privacy.py" line="+24"/>
        <source>a former colleague</source>
        <translation>een oud-collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} former colleagues</source>
        <translation>{count} oud-collega&apos;s</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n colleague(s) erased by another committee member; changes to them made here were dropped</source>
        <translation>
            <numerusform>%n collega gewist door een ander commissielid; wijzigingen hier aan deze collega zijn vervallen</numerusform>
            <numerusform>%n collega&apos;s gewist door een ander commissielid; wijzigingen hier aan deze collega&apos;s zijn vervallen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/store/privacy.py" line="+37"/>
        <source>No colleague has the e-mail address {email}</source>
        <translation>Geen collega heeft het e-mailadres {email}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} colleagues have the e-mail address {email}: give each their own address in the window first</source>
        <translation>{count} collega&apos;s hebben het e-mailadres {email}: geef eerst ieder in het venster een eigen adres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="-136"/>
        <location line="+17"/>
        <source>Export a colleague&apos;s data</source>
        <translation>Gegevens van een collega exporteren</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Export {name}&apos;s data</source>
        <translation>Gegevens van {name} exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything stored about {name} was written to {path}</source>
        <translation>Alles wat over {name} is opgeslagen, is geschreven naar {path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <source>Forget colleague</source>
        <translation>Collega vergeten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was erased from the file.</source>
        <translation>{name} is uit het bestand gewist.</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n recorded occasion(s)</source>
        <translation>
            <numerusform>%n vastgelegde gelegenheid</numerusform>
            <numerusform>%n vastgelegde gelegenheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s) about them</source>
        <translation>
            <numerusform>%n plan voor deze collega</numerusform>
            <numerusform>%n plannen voor deze collega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n leave period(s)</source>
        <translation>
            <numerusform>%n verlofperiode</numerusform>
            <numerusform>%n verlofperioden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget {name}? This erases them from the file for good, with {parts}.</source>
        <translation>{name} vergeten? Dit wist deze collega definitief uit het bestand, met {parts}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plan(s) they organise keep &quot;a former colleague&quot; in their place.</source>
        <translation>
            <numerusform>%n plan dat deze collega organiseert, houdt &quot;een oud-collega&quot; op die plaats.</numerusform>
            <numerusform>%n plannen die deze collega organiseert, houden &quot;een oud-collega&quot; op die plaats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone: Edit › Undo will not bring them back. The backups beside the file still hold them until they are thinned (at most a year).</source>
        <translation>Dit kan niet ongedaan worden gemaakt: Bewerken › Ongedaan maken brengt deze collega niet terug. De reservekopieën naast het bestand bevatten de gegevens nog tot ze worden opgeruimd (hooguit een jaar).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n former colleague(s) erased: their time to be kept had passed (Edit › Former colleagues…).</source>
        <translation>
            <numerusform>%n oud-collega gewist: de bewaartermijn was voorbij (Bewerken › Oud-collega&apos;s…).</numerusform>
            <numerusform>%n oud-collega&apos;s gewist: de bewaartermijn was voorbij (Bewerken › Oud-collega&apos;s…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../desktop/ui/publishing/publisher.py" line="+300"/>
        <source>Publishing the calendar…</source>
        <translation>De agenda wordt gepubliceerd…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Publishing {done} of %Ln event(s)…</source>
        <translation>
            <numerusform>{done} van %Ln afspraak publiceren…</numerusform>
            <numerusform>{done} van %Ln afspraken publiceren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Calendar published at {time}: %n event(s)</source>
        <translation>
            <numerusform>Agenda gepubliceerd om {time}: %n afspraak</numerusform>
            <numerusform>Agenda gepubliceerd om {time}: %n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing failed, trying again in {seconds} s: {reason}</source>
        <translation>Publiceren mislukt, nieuwe poging over {seconds} s: {reason}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../desktop/exchange/publish/publishing.py" line="+123"/>
        <source>The folder {folder} does not exist (is the shared drive connected?)</source>
        <translation>De map {folder} bestaat niet (is de gedeelde schijf verbonden?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The password for {url} could not be read from the keyring: {reason}</source>
        <translation>Het wachtwoord voor {url} kon niet uit de sleutelbos worden gelezen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CalDAV server {url} refused the user name or password</source>
        <translation>De CalDAV-server {url} weigerde de gebruikersnaam of het wachtwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CalDAV server {url} has no such calendar</source>
        <translation>De CalDAV-server {url} heeft zo&apos;n agenda niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CalDAV server {url} answered with an error: {reason}</source>
        <translation>De CalDAV-server {url} antwoordde met een fout: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the CalDAV server {url}: {reason}</source>
        <translation>Kon de CalDAV-server {url} niet bereiken: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/publish/caldav_sync.py" line="+94"/>
        <source>Reading the calendar on the server…</source>
        <translation>De agenda op de server lezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending the events…</source>
        <translation>De afspraken versturen…</translation>
    </message>
</context>
<context>
    <name>PublishingDialog</name>
    <message>
        <location filename="../../desktop/ui/publishing/publishing_dialog.py" line="+47"/>
        <source>Publish the shared calendar</source>
        <translation>De gedeelde agenda publiceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared calendar respects every colleague&apos;s consent: quiet colleagues, hidden ages and private notes never leave this PC. The settings are kept in this file; the password in the system keyring.</source>
        <translation>De gedeelde agenda houdt rekening met de toestemming van elke collega: stille collega&apos;s, verborgen leeftijden en privénotities verlaten deze pc nooit. De instellingen staan in dit bestand; het wachtwoord in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish &amp;automatically after every change</source>
        <translation>&amp;Automatisch publiceren na elke wijziging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder on the shared drive, or a .ics file</source>
        <translation>een map op de gedeelde schijf, of een .ics-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To a file or folder</source>
        <translation>Naar een bestand of map</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the address is the calendar itself</source>
        <translation>leeg: het adres is de agenda zelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server a&amp;ddress</source>
        <translation>Serveradr&amp;es</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Months bac&amp;k</source>
        <translation>Maanden &amp;terug</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To a CalDAV server</source>
        <translation>Naar een CalDAV-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Months a&amp;head</source>
        <translation>Maanden &amp;vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>&amp;Nu publiceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending: what was sent stays on the server, the next publish sends the rest</source>
        <translation>Stoppen met versturen: wat verstuurd is, blijft op de server; de volgende publicatie verstuurt de rest</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Publish to folder</source>
        <translation>Publiceren naar map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill in a folder or a server first.</source>
        <translation>Vul eerst een map of een server in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping after the event being sent…</source>
        <translation>Stoppen na de afspraak die nu verstuurd wordt…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Publishing {done} of %Ln event(s)…</source>
        <translation>
            <numerusform>{done} van %Ln afspraak publiceren…</numerusform>
            <numerusform>{done} van %Ln afspraken publiceren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Stopped after {sent} of %Ln event(s). What was sent stays on the server; the next publish sends the rest.</source>
        <translation>
            <numerusform>Gestopt na {sent} van %Ln afspraak. Wat verstuurd is, blijft op de server; de volgende publicatie verstuurt de rest.</numerusform>
            <numerusform>Gestopt na {sent} van %Ln afspraken. Wat verstuurd is, blijft op de server; de volgende publicatie verstuurt de rest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before any event was sent.</source>
        <translation>Gestopt voordat er een afspraak verstuurd was.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Published %n event(s).</source>
        <translation>
            <numerusform>%n afspraak gepubliceerd.</numerusform>
            <numerusform>%n afspraken gepubliceerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {path}</source>
        <translation>Bestand: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: {created} new, {updated} changed, {deleted} removed</source>
        <translation>Server: {created} nieuw, {updated} gewijzigd, {deleted} verwijderd</translation>
    </message>
</context>
<context>
    <name>PublishingSettings</name>
    <message>
        <location filename="../../desktop/ui/publishing/publishing.py" line="+33"/>
        <source>Publishing</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password could not be kept in the system keyring: {reason}</source>
        <translation>Het wachtwoord kon niet in de sleutelbos van het systeem worden bewaard: {reason}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+30"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../desktop/ui/recent_files.py" line="+19"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{entry} (not found)</source>
        <translation>{entry} (niet gevonden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} no longer exists</source>
        <translation>{path} bestaat niet meer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <location filename="../../desktop/ui/record_commands.py" line="+14"/>
        <source>Record birth of {name}</source>
        <translation>Geboorte vastleggen bij {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record wedding of {name}</source>
        <translation>Huwelijk van {name} vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record get-well wishes for {name}</source>
        <translation>Beterschapswens voor {name} vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record condolence for {name}</source>
        <translation>Condoleance voor {name} vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record {name}</source>
        <translation>{name} vastleggen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record occasion</source>
        <translation>Gelegenheid vastleggen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit occasion</source>
        <translation>Gelegenheid bewerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete occasion</source>
        <translation>Gelegenheid verwijderen</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/recorded_model.py" line="+57"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title or child</source>
        <translation>Titel of kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>RecordedOccasionDialog</name>
    <message>
        <location filename="../../desktop/ui/recorded_dialog.py" line="+68"/>
        <source>Record an occasion</source>
        <translation>Gelegenheid vastleggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit occasion</source>
        <translation>Gelegenheid bewerken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone (no single colleague)</source>
        <translation>Iedereen (niet één collega)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+219"/>
        <source>Type part of a name</source>
        <translation>Typ een deel van een naam</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Summer outing, reception, sports day</source>
        <translation>bijv. zomeruitje, receptie, sportdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An occasion that comes back every year is shown and planned each year</source>
        <translation>Een gelegenheid die elk jaar terugkomt, wordt elk jaar getoond en gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: the last day, DD-MM-YYYY</source>
        <translation>optioneel: de laatste dag, DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enter the date</source>
        <translation>Vul de datum in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the occasion a title, such as “Summer outing”</source>
        <translation>Geef de gelegenheid een titel, zoals “Zomeruitje”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The last day lies before the first</source>
        <translation>De laatste dag ligt vóór de eerste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Does not repeat</source>
        <translation>Herhaalt niet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the colleague</source>
        <translation>Kies de collega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no colleague “{name}”; choose one from the list</source>
        <translation>Er is geen collega “{name}”; kies er een uit de lijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one colleague: only an other occasion can be for everyone</source>
        <translation>Kies één collega: alleen een andere gelegenheid kan voor iedereen zijn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>Tot en &amp;met:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild&apos;s name:</source>
        <translation>Naam van het &amp;kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type part of a name, or leave empty for everyone</source>
        <translation>Typ een deel van een naam, of laat leeg voor iedereen</translation>
    </message>
</context>
<context>
    <name>RecordedOccasionsDialog</name>
    <message>
        <location filename="../../desktop/ui/recorded_list.py" line="+52"/>
        <source>Recorded occasions</source>
        <translation>Vastgelegde gelegenheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasions of {name}</source>
        <translation>Gelegenheden van {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter: name, kind, title, notes…</source>
        <translation>Filter: naam, soort, titel, notities…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet. Use Add… to record a birth, a wedding, a get-well wish, a condolence, or an occasion for everyone such as the summer outing.</source>
        <translation>Nog niets vastgelegd. Gebruik Toevoegen… voor een geboorte, een huwelijk, een beterschapswens, een condoleance, of een gelegenheid voor iedereen zoals het zomeruitje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Delete “{what}” of {who} on {date}? You can undo this with Undo.</source>
        <translation>“{what}” van {who} op {date} verwijderen? U kunt dit terugdraaien met Ongedaan maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete occasion</source>
        <translation>Gelegenheid verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>T&amp;oon:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All colleagues</source>
        <translation>Alle collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone (occasions for everyone)</source>
        <translation>Iedereen (gelegenheden voor iedereen)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n gelegenheid</numerusform>
            <numerusform>%n gelegenheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n occasion(s), {shown} shown</source>
        <translation>
            <numerusform>%n gelegenheid, {shown} getoond</numerusform>
            <numerusform>%n gelegenheden, {shown} getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderMail</name>
    <message>
        <location filename="../../desktop/models/mail_texts.py" line="+25"/>
        <source>Celebrations from {date}: {count} to see to</source>
        <translation>Vieringen vanaf {date}: {count} om te regelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good morning,

What is coming in the next {days} days, and what still needs a plan:

{items}

Social Calendar</source>
        <translation>Goedemorgen,

Wat er de komende {days} dagen aankomt, en wat nog een plan nodig heeft:

{items}

Social Calendar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To organise: {title} on {day}</source>
        <translation>Te organiseren: {title} op {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello {first_name},

You are organising the celebration for {title}. Thank you!

{details}

Questions? Just reply to this mail.</source>
        <translation>Hallo {first_name},

Jij organiseert de viering voor {title}. Dank je wel!

{details}

Vragen? Beantwoord deze mail gewoon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder: {title} on {day}</source>
        <translation>Herinnering: {title} op {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello {first_name},

A short reminder: the celebration for {title} is on {day}.

{details}</source>
        <translation>Hallo {first_name},

Een korte herinnering: de viering voor {title} is op {day}.

{details}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a plan</source>
        <translation>Nog te plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its occasion moved: check the plan</source>
        <translation>de gelegenheid is verschoven: controleer het plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organisers yet</source>
        <translation>nog geen organisatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: {day}</source>
        <translation>Wanneer: {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What: {what}</source>
        <translation>Wat: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: {amount}</source>
        <translation>Budget: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: please make it {needs}</source>
        <translation>Eten: graag {needs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organising with you: {names}</source>
        <translation>Organiseert met je mee: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers: {names}</source>
        <translation>Organisatoren: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Calendar: test mail</source>
        <translation>Social Calendar: testmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This test mail shows that Social Calendar can send the reminders.</source>
        <translation>Deze testmail laat zien dat Social Calendar de herinneringen kan versturen.</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <location filename="../../desktop/models/repeat.py" line="+19"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>every year on {day} {month}</source>
        <translation>elk jaar op {day} {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every year on the {ordinal} {weekday} of {month}</source>
        <translation>elk jaar op de {ordinal} {weekday} van {month}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{rule}, until {year}</source>
        <translation>{rule}, tot en met {year}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/models/file_settings.py" line="+31"/>
        <source>{value} is not a whole number from {low} to {high}</source>
        <translation>{value} is geen geheel getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} is niet een van: {allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is not a single line of at most 255 characters</source>
        <translation>{value} is geen enkele regel van hoogstens 255 tekens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} is not an amount in euros</source>
        <translation>{value} is geen bedrag in euro&apos;s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The template uses {unknown}; it may use: {allowed}</source>
        <translation>Het sjabloon gebruikt {unknown}; toegestaan: {allowed}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} is not an https:// address (plain http:// only to this computer)</source>
        <translation>{value} is geen https://-adres (gewoon http:// alleen naar deze computer)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{key} is not a setting (known: {known})</source>
        <translation>{key} is geen instelling (bekend zijn: {known})</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/share_dialog.py" line="+36"/>
        <source>Share with my committee</source>
        <translation>Delen met mijn commissie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address book on the server will hold the personal data of every colleague in this file: names, birthdays, consent, dietary needs and notes. Everyone who may read it on the server sees all of it. Share it only with the members of your committee, over an encrypted (https://) connection.</source>
        <translation>Het adresboek op de server bevat de persoonsgegevens van iedere collega in dit bestand: namen, verjaardagen, toestemming, dieetwensen en notities. Iedereen die het op de server mag lezen, ziet dat allemaal. Deel het alleen met de leden van uw commissie, via een versleutelde (https://) verbinding.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address book:</source>
        <translation>&amp;Adresboek:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Calendar (tasks):</source>
        <translation>Age&amp;nda (taken):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged (kept in the keyring)</source>
        <translation>ongewijzigd (bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the co&amp;nnection</source>
        <translation>&amp;Verbinding controleren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enter the server address first.</source>
        <translation>Vul eerst het serveradres in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection did not work: {reason}</source>
        <translation>De verbinding werkte niet: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address book: {path}</source>
        <translation>Adresboek: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar: {path}</source>
        <translation>Agenda: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server says this account may: {rights}.</source>
        <translation>Volgens de server mag dit account: {rights}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: {owner}</source>
        <translation>Eigenaar: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not say who else may read the address book: check its sharing settings.</source>
        <translation>De server zegt niet wie het adresboek verder mag lezen: controleer daar de instellingen voor delen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>everyone with an account</source>
        <translation>iedereen met een account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also readable by: {readers}</source>
        <translation>Ook te lezen door: {readers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody else may read the address book, the server says.</source>
        <translation>Volgens de server mag niemand anders het adresboek lezen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password could not be kept in the system keyring: {reason}</source>
        <translation>Het wachtwoord kon niet in de sleutelbos van het systeem worden bewaard: {reason}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="+120"/>
        <source>Social Calendar</source>
        <translation>Social Calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another file, or start a new one?</source>
        <translation>Een ander bestand openen, of een nieuw beginnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../desktop/store/errors.py" line="+35"/>
        <source>{path} is not a Social Calendar file (it is not a database)</source>
        <translation>{path} is geen Social Calendar-bestand (het is geen database)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged and was not opened: {detail}. Restore a backup.</source>
        <translation>{path} is beschadigd en is niet geopend: {detail}. Zet een reservekopie terug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged ({detail}). The newest good backup is from {created}: {backup}. Restoring it keeps the damaged file aside: in the window, or with social-calendar restore &quot;{backup}&quot; --db &quot;{path}&quot;</source>
        <translation>{path} is beschadigd ({detail}). De nieuwste goede back-up is van {created}: {backup}. Bij terugzetten blijft het beschadigde bestand apart bewaard: in het venster, of met social-calendar restore &quot;{backup}&quot; --db &quot;{path}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} turns out to be damaged ({detail}): nothing was changed. Restore a backup.</source>
        <translation>{path} blijkt beschadigd ({detail}): er is niets veranderd. Zet een reservekopie terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was written by a newer version of Social Calendar (file version {found}, this version reads up to {supported}). Update the app to open it.</source>
        <translation>{path} is geschreven door een nieuwere versie van Social Calendar (bestandsversie {found}, deze versie leest tot en met {supported}). Werk de app bij om het te openen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} has not been brought up to date for this version of Social Calendar yet: open it in the app once, then try again.</source>
        <translation>{path} is nog niet bijgewerkt voor deze versie van Social Calendar: open het bestand één keer in de app en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a database of another program, not a Social Calendar file</source>
        <translation>{path} is een database van een ander programma, geen Social Calendar-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist. Check the name, or create it with the demo or import command, or in the window.</source>
        <translation>{path} bestaat niet. Controleer de naam, of maak het bestand met de opdracht demo of import, of in het venster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be written (read-only or no permission): nothing was saved.</source>
        <translation>{path} kan niet worden beschreven (alleen-lezen of geen toestemming): er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was moved or deleted while it was open: nothing was saved. Open it again from where it is now.</source>
        <translation>{path} is verplaatst of verwijderd terwijl het open was: er is niets opgeslagen. Open het opnieuw vanaf de plek waar het nu staat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is writing to {path}; nothing was saved. Try again in a moment.</source>
        <translation>Een ander programma schrijft naar {path}; er is niets opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is writing to {path}, so it could not be read. Try again in a moment.</source>
        <translation>Een ander programma schrijft naar {path}, daardoor kon het niet gelezen worden. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was left half-saved by a crash or power cut. It is repaired by opening it for writing, but it cannot be written here (read-only or no permission). Copy it to a folder you may write to and open the copy.</source>
        <translation>{path} is half opgeslagen achtergebleven na een crash of stroomstoring. Het wordt hersteld door het te openen om te schrijven, maar hier kan er niet in geschreven worden (alleen-lezen of geen toestemming). Kopieer het naar een map waarin u mag schrijven en open de kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk or network error stopped the work on {path}: nothing was changed. Check the drive and try again.</source>
        <translation>Een schijf- of netwerkfout onderbrak het werk aan {path}: er is niets veranderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change conflicts with what the file already holds (perhaps it was made twice); nothing was saved. Details: {detail}</source>
        <translation>Deze wijziging botst met wat het bestand al bevat (misschien is ze twee keer gedaan); er is niets opgeslagen. Details: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving failed, nothing was changed: {detail}</source>
        <translation>Opslaan mislukt, er is niets gewijzigd: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {path}: {detail}</source>
        <translation>Kon {path} niet lezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/policy_store.py" line="+32"/>
        <source>The stored occasion policy cannot be read: {detail}</source>
        <translation>Het opgeslagen gelegenhedenbeleid kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/repository.py" line="+85"/>
        <location line="+75"/>
        <source>Colleague {id} no longer exists</source>
        <translation>Collega {id} bestaat niet meer</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{name} was changed elsewhere (another window or the command line) meanwhile: nothing was saved. The list now shows what the file holds.</source>
        <translation>{name} is intussen ergens anders gewijzigd (een ander venster of de opdrachtregel): er is niets opgeslagen. De lijst toont nu wat het bestand bevat.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This department still has 1 colleague; move them to another department first</source>
        <translation>Deze afdeling heeft nog 1 collega; verplaats die eerst naar een andere afdeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This department still has {count} colleagues; move them to another department first</source>
        <translation>Deze afdeling heeft nog {count} collega&apos;s; verplaats ze eerst naar een andere afdeling</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A department needs a name</source>
        <translation>Een afdeling heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a department called {name}</source>
        <translation>Er is al een afdeling met de naam {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>This occasion no longer exists</source>
        <translation>Deze gelegenheid bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../desktop/store/gift_policy_store.py" line="+26"/>
        <source>The stored gift policy cannot be read: {detail}</source>
        <translation>Het opgeslagen cadeaubeleid kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/backup.py" line="+22"/>
        <source>{out} is a folder: give the backup a file name</source>
        <translation>{out} is een map: geef de reservekopie een bestandsnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot replace the file it copies: choose another name than {out}</source>
        <translation>De reservekopie kan het bestand dat ze kopieert niet vervangen: kies een andere naam dan {out}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/backups.py" line="+27"/>
        <source>The backup of {path} did not check out ({detail}); the older backups were kept.</source>
        <translation>De reservekopie van {path} bleek niet in orde ({detail}); de oudere reservekopieën zijn bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} is damaged ({detail}): nothing was restored. Choose another backup.</source>
        <translation>De back-up {path} is beschadigd ({detail}): er is niets teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>{path} is the file itself, not a backup of it: nothing was restored.</source>
        <translation>{path} is het bestand zelf, geen back-up ervan: er is niets teruggezet.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/exchange/sync/dav.py" line="+63"/>
        <source>The server answered {status} to {method} {path}</source>
        <translation>De server antwoordde {status} op {method} {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server address (sync.url) is not set</source>
        <translation>Het serveradres (sync.url) is niet ingesteld</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{server} did not answer ({detail})</source>
        <translation>{server} antwoordt niet ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{server} refused the login or the access ({status}): check the user name and the password</source>
        <translation>{server} weigerde de aanmelding of de toegang ({status}): controleer de gebruikersnaam en het wachtwoord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} does not exist on the server</source>
        <translation>{path} bestaat niet op de server</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{url}: the server names no address book or calendar home for this user</source>
        <translation>{url}: de server noemt voor deze gebruiker geen map voor adresboeken of agenda&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/sync/erasures.py" line="+123"/>
        <source>The list of erased colleagues on the server kept changing; the next round tries again</source>
        <translation>De lijst met gewiste collega&apos;s op de server bleef veranderen; de volgende ronde probeert het opnieuw</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <location filename="../../desktop/ui/sync/control.py" line="+34"/>
        <source>S&amp;hare with my committee…</source>
        <translation>Delen &amp;met mijn commissie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync conflicts…</source>
        <translation>Sy&amp;nchronisatieconflicten…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Share with my committee</source>
        <translation>Delen met mijn commissie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer has {count} of the {total} colleagues and plans in this file. That can be a wrong address book in the settings, or another member who deleted them.

Delete them here too?</source>
        <translation>De server heeft {count} van de {total} collega&apos;s en plannen in dit bestand niet meer. Dat kan een verkeerd adresboek in de instellingen zijn, of een ander commissielid dat ze heeft verwijderd.

Ook hier verwijderen?</translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message>
        <location filename="../../desktop/ui/sync/syncer.py" line="+99"/>
        <source>Syncing with the committee&apos;s server…</source>
        <translation>Bezig met synchroniseren met de server van de commissie…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sync failed at {time}: {reason}</source>
        <translation>Synchroniseren mislukt om {time}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last synced at {time}</source>
        <translation>Laatst gesynchroniseerd om {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>%n conflict wacht op uw keuze</numerusform>
            <numerusform>%n conflicten wachten op uw keuze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server no longer has {count} of the {total} objects here; nothing was deleted (check the address book chosen in Settings › Share with my committee…)</source>
        <translation>de server heeft {count} van de {total} objecten hier niet meer; er is niets verwijderd (controleer het gekozen adresboek bij Instellingen › Delen met mijn commissie…)</translation>
    </message>
</context>
<context>
    <name>ThisComputerDialog</name>
    <message>
        <location filename="../../desktop/ui/this_computer.py" line="+37"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Blijf actief in het systeemvak wanneer het venster wordt gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify me of what needs attention, on start and every day at</source>
        <translation>&amp;Meld wat aandacht nodig heeft: bij het starten en elke dag om</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start Social Calendar when I log in to this computer</source>
        <translation>&amp;Start Social Calendar wanneer ik mij aanmeld op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop has no system tray: closing the window quits Social Calendar, and the reminder shows as the banner in the window only.</source>
        <translation>Deze desktop heeft geen systeemvak: als u het venster sluit, stopt Social Calendar, en de herinnering staat alleen als balk in het venster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These choices are for this computer only; the file and its other users are not affected.</source>
        <translation>Deze keuzes gelden alleen voor deze computer; het bestand en de andere gebruikers ervan merken er niets van.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Social Calendar</source>
        <translation>Social Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders of birthdays and jubilea that need a plan</source>
        <translation>Herinneringen aan verjaardagen en jubilea die nog een plan nodig hebben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not change what starts with this computer: {reason}. Nothing was changed.</source>
        <translation>Kon niet wijzigen wat met deze computer opstart: {reason}. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="+114"/>
        <source>Social Calendar: nothing needs your attention</source>
        <translation>Social Calendar: niets vraagt uw aandacht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Social Calendar: %n occasion(s) need a plan</source>
        <translation>
            <numerusform>Social Calendar: %n gelegenheid heeft een plan nodig</numerusform>
            <numerusform>Social Calendar: %n gelegenheden hebben een plan nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing needs your attention</source>
        <translation>Niets vraagt uw aandacht</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <source>Social Calendar</source>
        <translation>Social Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Calendar keeps running in the tray, so it can remind you of what needs attention. Open it again from the tray icon; to stop it, choose Quit in the icon&apos;s menu or File › Quit.

You can change this in Settings › On this computer…</source>
        <translation>Social Calendar blijft actief in het systeemvak, zodat het u kan herinneren aan wat aandacht nodig heeft. Open het weer via het pictogram in het systeemvak; om het te stoppen kiest u Afsluiten in het menu van het pictogram of Bestand › Afsluiten.

U kunt dit wijzigen via Instellingen › Op deze computer…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Open Social Calendar</source>
        <translation>Social Calendar &amp;openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/models/validation.py" line="+35"/>
        <source>A name is required</source>
        <translation>Een naam is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is longer than {max} characters</source>
        <translation>{label} is langer dan {max} tekens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} contains control characters</source>
        <translation>{label} bevat stuurtekens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address is at most {max} characters; this one has {length}</source>
        <translation>Een e-mailadres heeft hoogstens {max} tekens; dit heeft er {length}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{email} is not an e-mail address</source>
        <translation>{email} is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text is longer than {max} characters</source>
        <translation>De tekst is langer dan {max} tekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date lies in the future</source>
        <translation>De geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hire date lies before the birth date</source>
        <translation>De datum in dienst ligt vóór de geboortedatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service start lies before the birth date</source>
        <translation>De jubileumdatum ligt vóór de geboortedatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date lies before the hire date</source>
        <translation>De datum uit dienst ligt vóór de datum in dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date lies before the service start</source>
        <translation>De datum uit dienst ligt vóór de jubileumdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one working day</source>
        <translation>Kies ten minste één werkdag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A department&apos;s name is at most {max} characters; this one has {length}</source>
        <translation>De naam van een afdeling heeft hoogstens {max} tekens; deze heeft er {length}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="-86"/>
        <source>Welcome to Social Calendar</source>
        <translation>Welkom bij Social Calendar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social Calendar keeps your colleagues&apos; birthdays, jubilea and other occasions in one file on this computer and tells you in good time what is coming up. For each celebration it suggests who organises it, fairly rotated and pairing colleagues from different departments, and what to give within your own gift policy.</source>
        <translation>Social Calendar houdt de verjaardagen, jubilea en andere gelegenheden van uw collega&apos;s bij in één bestand op deze computer en vertelt u op tijd wat eraan komt. Voor elke viering stelt het voor wie die organiseert, eerlijk verdeeld en met collega&apos;s van verschillende afdelingen samen, en wat u geeft binnen uw eigen cadeaubeleid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file has no colleagues yet. Start in one of these ways:</source>
        <translation>Dit bestand heeft nog geen collega&apos;s. Begin op een van deze manieren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import the HR spreadsheet…</source>
        <translation>De HR-lijst im&amp;porteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel list from HR, or a contacts export: you see what will be imported before anything is saved.</source>
        <translation>Een CSV- of Excel-lijst van HR, of een export van contactpersonen: u ziet wat er wordt geïmporteerd voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a colleague…</source>
        <translation>Een collega &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type in colleagues one at a time.</source>
        <translation>Voer collega&apos;s één voor één in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it on a demo organisation</source>
        <translation>&amp;Uitproberen met een demo-organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a separate demo file with 150 made-up colleagues. Your own file stays as it is; File › Back to my own file returns to it.</source>
        <translation>Opent een apart demobestand met 150 verzonnen collega&apos;s. Uw eigen bestand blijft zoals het is; Bestand › Terug naar mijn eigen bestand brengt u terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the &amp;gift policy…</source>
        <translation>Het &amp;cadeaubeleid instellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each occasion gets, its budget and how many colleagues organise it. The defaults work well to begin with.</source>
        <translation>Wat elke gelegenheid krijgt, het budget en hoeveel collega&apos;s het organiseren. De standaardinstellingen zijn een goed begin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press F1 at any time to read the guide.</source>
        <translation>Druk op elk moment op F1 om de handleiding te lezen.</translation>
    </message>
</context>
<context>
    <name>WorkDays</name>
    <message>
        <location filename="../../desktop/models/workdays.py" line="+41"/>
        <source>{token} is not a weekday (use ma,di,wo or mon,tue,wed)</source>
        <translation>{token} is geen weekdag (gebruik ma,di,wo of mon,tue,wed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no working days given</source>
        <translation>geen werkdagen opgegeven</translation>
    </message>
</context>
<context>
    <name>YearList</name>
    <message>
        <location filename="../../desktop/ui/calendar/year_list.py" line="+52"/>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing this month.</source>
        <translation>Deze maand niets.</translation>
    </message>
</context>
</TS>
