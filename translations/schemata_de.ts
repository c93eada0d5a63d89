<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/widgets/aboutdialog.ui" line="8"/>
        <source>About Schemata Studio</source>
        <translation>Über Schemata Studio</translation>
    </message>
    <message>
        <location filename="../ui/widgets/aboutdialog.ui" line="19"/>
        <source>Schemata Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/aboutdialog.ui" line="37"/>
        <source>Design database schemas once, generate DDL and migrations for PostgreSQL, MySQL, MariaDB and SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="21"/>
        <source>no such object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="15"/>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="25"/>
        <source>Select a table or column in the model tree to edit its properties.</source>
        <translation>Wählen Sie eine Tabelle oder Spalte im Modellbaum aus, um ihre Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="36"/>
        <location filename="../ui/widgets/propertypanel.ui" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="45"/>
        <location filename="../ui/widgets/propertypanel.ui" line="117"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="70"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="82"/>
        <source>Nu&amp;llable</source>
        <translation>NU&amp;LL erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="87"/>
        <source>&amp;Primary key</source>
        <translation>&amp;Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="92"/>
        <source>&amp;Default:</source>
        <translation>&amp;Vorgabewert:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="108"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="126"/>
        <source>P&amp;II category:</source>
        <translation>Personenbezogene &amp;Daten:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="135"/>
        <source>&amp;Retention:</source>
        <translation>&amp;Aufbewahrung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/propertypanel.ui" line="141"/>
        <source>keep (e.g. P90D, P2Y)</source>
        <translation>behalten (z. B. P90D, P2Y)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/studio/main.cpp" line="63"/>
        <source>Schemata database design studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="67"/>
        <source>Project to open (*.schemata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="71"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="74"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="101"/>
        <source>--size must look like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="122"/>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app::DocumentController</name>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="51"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="92"/>
        <source>the document has no file name yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="180"/>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="191"/>
        <source>unknown dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="193"/>
        <source>Change Target Dialect</source>
        <translation>Zieldialekt ändern</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="203"/>
        <source>Add Schema</source>
        <translation>Schema hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="214"/>
        <source>Rename Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="243"/>
        <source>Add Table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="266"/>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="280"/>
        <source>Rename Table</source>
        <translation>Tabelle umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="292"/>
        <source>Edit Table Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="306"/>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="329"/>
        <source>Delete Column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="351"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="372"/>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="379"/>
        <source>Change Column Type</source>
        <translation>Spaltentyp ändern</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="397"/>
        <source>not a type (try integer, varchar(80), numeric(10,2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="403"/>
        <source>Allow Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="403"/>
        <source>Disallow Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="411"/>
        <source>Change Column Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="418"/>
        <source>Change Column Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="424"/>
        <source>Edit Column Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="431"/>
        <source>Change PII Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="438"/>
        <source>Change Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="445"/>
        <source>Add to Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="445"/>
        <source>Remove from Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::AboutDialog</name>
    <message>
        <location filename="../src/widgets/aboutdialog.cpp" line="20"/>
        <source>Version %1, built with Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/aboutdialog.cpp" line="24"/>
        <source>Syntax highlighting by KDE&apos;s KSyntaxHighlighting; text views by QScintilla.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DdlPreview</name>
    <message>
        <location filename="../src/widgets/ddlpreview.cpp" line="22"/>
        <source>DDL &amp;preview for:</source>
        <translation>DDL-&amp;Vorschau für:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ddlpreview.cpp" line="70"/>
        <source>No dialect selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ddlpreview.cpp" line="80"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ddlpreview.cpp" line="82"/>
        <source>%n emulation warning(s)</source>
        <translation>
            <numerusform>%n Emulationswarnung</numerusform>
            <numerusform>%n Emulationswarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DocumentTreeModel</name>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="68"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="81"/>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="85"/>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="88"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="106"/>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="125"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="134"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="141"/>
        <source>(no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="237"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="96"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="126"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="132"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="146"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="147"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="150"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="152"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="155"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="156"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="162"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="171"/>
        <source>Add &amp;Table</source>
        <translation>&amp;Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="172"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="173"/>
        <source>Add &amp;Column</source>
        <translation>&amp;Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="174"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="175"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="185"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="186"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="186"/>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="195"/>
        <source>&amp;Target Dialect</source>
        <translation>&amp;Zieldialekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="209"/>
        <source>&amp;About Schemata Studio</source>
        <translation>Ü&amp;ber Schemata Studio</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="212"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="246"/>
        <source>Open Failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="247"/>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="256"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="257"/>
        <location filename="../src/widgets/mainwindow.cpp" line="281"/>
        <source>Schemata projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="274"/>
        <location filename="../src/widgets/mainwindow.cpp" line="288"/>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="280"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="297"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="298"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="432"/>
        <source>%1[*] — Schemata Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="439"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="442"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="446"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="447"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="474"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::PropertyPanel</name>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="50"/>
        <location filename="../src/widgets/propertypanel.cpp" line="55"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="51"/>
        <source>Literal</source>
        <translation>Literal</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="52"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="53"/>
        <source>Current timestamp</source>
        <translation>Aktueller Zeitstempel</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="56"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="57"/>
        <source>By default</source>
        <translation>Standardmäßig</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="144"/>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="153"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="183"/>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ValidationPanel</name>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="22"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="22"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="22"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="22"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="39"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="39"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="48"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="52"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="56"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="75"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/validationpanel.cpp" line="76"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/validationpanel.cpp" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
</TS>
