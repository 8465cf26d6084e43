<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Import</name>
    <message>
        <source>No column with a name was found (columns: {found}). Expected a header such as {expected}.</source>
        <translation>Geen kolom met een naam gevonden (kolommen: {found}). Verwacht werd een kop zoals {expected}.</translation>
    </message>
    <message>
        <source>Ignored {count} column(s) this app does not use: {columns}</source>
        <translation>{count} kolom(men) genegeerd die deze app niet gebruikt: {columns}</translation>
    </message>
    <message>
        <source>Ignored repeated column(s), the first one is used: {columns}</source>
        <translation>Herhaalde kolom(men) genegeerd, de eerste wordt gebruikt: {columns}</translation>
    </message>
    <message>
        <source>{file} is not a text file (CSV); it looks like binary data. Save the list as CSV, Excel (.xlsx) or vCard (.vcf).</source>
        <translation>{file} is geen tekstbestand (CSV); het lijkt binaire data. Sla de lijst op als CSV, Excel (.xlsx) of vCard (.vcf).</translation>
    </message>
    <message>
        <source>The columns are separated by tabs. Save the list as CSV with commas or semicolons, or as Excel (.xlsx).</source>
        <translation>De kolommen zijn gescheiden door tabs. Sla de lijst op als CSV met komma's of puntkomma's, of als Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The header "{header}" looks like several columns, but they are not separated by a comma or semicolon. Save the list as CSV with commas or semicolons.</source>
        <translation>De kop "{header}" lijkt op meerdere kolommen, maar die zijn niet gescheiden door een komma of puntkomma. Sla de lijst op als CSV met komma's of puntkomma's.</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} is leeg</translation>
    </message>
    <message>
        <source>{file}: the double quote opened on line {line} is never closed</source>
        <translation>{file}: het aanhalingsteken dat op regel {line} opent, wordt nooit gesloten</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV on line {line}: {detail}</source>
        <translation>{file} is op regel {line} niet als CSV te lezen: {detail}</translation>
    </message>
    <message>
        <source>{file} has a header but no colleagues</source>
        <translation>{file} heeft een kopregel maar geen collega's</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{count} colleagues called {name} fit this row; add an e-mail address or birth date to tell them apart</source>
        <translation>{count} collega's met de naam {name} passen bij deze rij; vul een e-mailadres of geboortedatum in om ze te onderscheiden</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} bestaat niet</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} is een map, geen bestand</translation>
    </message>
    <message>
        <source>{file}: this spreadsheet format cannot be read. Save it as Excel workbook (.xlsx) or CSV.</source>
        <translation>{file}: dit spreadsheetformaat kan niet worden gelezen. Sla het op als Excel-werkmap (.xlsx) of CSV.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>this row uses another separator than the header (comma or semicolon)</source>
        <translation>deze rij gebruikt een ander scheidingsteken dan de kopregel (komma of puntkomma)</translation>
    </message>
    <message>
        <source>this row has {found} values but the header only {expected} columns; put values holding the separator in double quotes</source>
        <translation>deze rij heeft {found} waarden maar de kopregel maar {expected} kolommen; zet waarden met het scheidingsteken erin tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>{file} holds no vCards (BEGIN:VCARD ... END:VCARD)</source>
        <translation>{file} bevat geen vCards (BEGIN:VCARD ... END:VCARD)</translation>
    </message>
    <message>
        <source>"{text}" is not ja/nee or yes/no</source>
        <translation>"{text}" is geen ja/nee of yes/no</translation>
    </message>
    <message>
        <source>"{text}" is not ja/stil/nee or yes/quiet/no</source>
        <translation>"{text}" is geen ja/stil/nee of yes/quiet/no</translation>
    </message>
    <message>
        <source>"{text}" is not 28-02 or 01-03</source>
        <translation>"{text}" is geen 28-02 of 01-03</translation>
    </message>
    <message>
        <source>this vCard cannot be read: {detail}</source>
        <translation>deze vCard kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx); it seems to be a text or other file with the wrong extension. A CSV file should end in .csv.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx); het lijkt een tekst- of ander bestand met de verkeerde extensie. Een CSV-bestand hoort op .csv te eindigen.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook (.xlsx): {detail}</source>
        <translation>{file} is geen leesbare Excel-werkmap (.xlsx): {detail}</translation>
    </message>
    <message>
        <source>{name} is already imported by row {row}: a colleague may appear only once</source>
        <translation>{name} wordt al geïmporteerd door rij {row}: een collega mag maar één keer voorkomen</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) were refused</source>
        <translation>Er is niets geïmporteerd: {count} rij(en) geweigerd</translation>
    </message>
</context>
</TS>