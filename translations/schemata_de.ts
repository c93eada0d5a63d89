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
    <name>AnnotationEdits</name>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="48"/>
        <source>a note needs a finite position and a positive size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="62"/>
        <source>no such table or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="84"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="111"/>
        <location filename="../src/app/annotationedits.cpp" line="128"/>
        <location filename="../src/app/annotationedits.cpp" line="142"/>
        <source>no such note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="123"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="137"/>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="138"/>
        <source>Delete Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="153"/>
        <location filename="../src/app/annotationedits.cpp" line="193"/>
        <source>not a colour (expected #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="157"/>
        <source>Add Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="179"/>
        <source>Rename Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="184"/>
        <location filename="../src/app/annotationedits.cpp" line="201"/>
        <location filename="../src/app/annotationedits.cpp" line="216"/>
        <location filename="../src/app/annotationedits.cpp" line="235"/>
        <source>no such subject area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="196"/>
        <source>Change Subject Area Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="229"/>
        <source>Delete Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/annotationedits.cpp" line="230"/>
        <source>Delete Subject Areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="35"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="36"/>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="37"/>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="38"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseComparison</name>
    <message>
        <location filename="../src/app/databasecompare.cpp" line="103"/>
        <source>no migration planner for dialect &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="22"/>
        <source>no such object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDiagramDialog</name>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="9"/>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="16"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="25"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="32"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="39"/>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="45"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="55"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagram/exportdiagramdialog.ui" line="62"/>
        <source>Selected tables only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressText</name>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="13"/>
        <source>the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="14"/>
        <source>statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="15"/>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="16"/>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="17"/>
        <source>constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="18"/>
        <source>indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="19"/>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="20"/>
        <source>objects the model cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="21"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="22"/>
        <source>objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="29"/>
        <source>Running the script: %1 of %2 statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importprogresstext.cpp" line="30"/>
        <source>Reading %1: %2 of %3 %4</source>
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
    <name>QObject</name>
    <message>
        <location filename="../src/app/importjob.cpp" line="123"/>
        <source>listing the schemas failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <location filename="../src/widgets/diagram/tableitem.cpp" line="96"/>
        <source>%1 (join table of a many-to-many relationship)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/studio/main.cpp" line="67"/>
        <source>Schemata database design studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="71"/>
        <source>Project to open (*.schemata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="75"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="78"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="82"/>
        <source>With --screenshot: find TEXT in the diagram and jump to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="89"/>
        <source>With --screenshot: select table NAME (the table editor shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="94"/>
        <source>With --screenshot: bring the dock NAME to the front (e.g. migrationsDock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="121"/>
        <source>--size must look like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="160"/>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app</name>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="427"/>
        <source>not Schemata tables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="430"/>
        <source>not Schemata tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="453"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="44"/>
        <source>UNIQUE INDEX %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="44"/>
        <source>INDEX %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="45"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="74"/>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="76"/>
        <source>PK %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="85"/>
        <source>FK %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="86"/>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="90"/>
        <source>UNIQUE %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="91"/>
        <source>unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="95"/>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/markerdescription.cpp" line="97"/>
        <source>PII: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app::DocumentController</name>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="52"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="93"/>
        <source>the document has no file name yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="206"/>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="217"/>
        <source>unknown dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="219"/>
        <source>Change Target Dialect</source>
        <translation>Zieldialekt ändern</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="229"/>
        <source>Add Schema</source>
        <translation>Schema hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="240"/>
        <source>Rename Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="269"/>
        <source>Add Table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="292"/>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="306"/>
        <source>Rename Table</source>
        <translation>Tabelle umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="318"/>
        <source>Edit Table Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="332"/>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="355"/>
        <source>Delete Column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="370"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="391"/>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="398"/>
        <source>Change Column Type</source>
        <translation>Spaltentyp ändern</translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="416"/>
        <source>not a type (try integer, varchar(80), numeric(10,2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="422"/>
        <source>Allow Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="422"/>
        <source>Disallow Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="430"/>
        <source>Change Column Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="437"/>
        <source>Change Column Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="443"/>
        <source>Edit Column Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="450"/>
        <source>Change PII Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="457"/>
        <source>Change Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="464"/>
        <source>Add to Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/documentcontroller.cpp" line="464"/>
        <source>Remove from Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app::DomainCommands</name>
    <message>
        <location filename="../src/app/domaincommands.cpp" line="28"/>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/domaincommands.cpp" line="43"/>
        <source>Edit Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/domaincommands.cpp" line="52"/>
        <source>no such domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/domaincommands.cpp" line="56"/>
        <source>Rename Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/domaincommands.cpp" line="62"/>
        <source>Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app::ImportJob</name>
    <message>
        <location filename="../src/app/importjob.cpp" line="82"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app::LayoutJob</name>
    <message numerus="yes">
        <location filename="../src/app/layoutjob.cpp" line="51"/>
        <source>Laying out %n table(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::app::PasswordStore</name>
    <message>
        <location filename="../src/app/passwordstore.cpp" line="35"/>
        <source>the keychain is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/passwordstore.cpp" line="91"/>
        <source>No keychain service is available (%1). Passwords are kept for this session only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets</name>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeytext.cpp" line="127"/>
        <source>the sort or nulls order is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeytext.cpp" line="139"/>
        <source>an index key needs a column or an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeytext.cpp" line="143"/>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeytext.cpp" line="155"/>
        <source>%1 has no column &quot;%2&quot; (write an expression in parentheses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeytext.cpp" line="174"/>
        <source>an index needs at least one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="107"/>
        <source>%n check(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="111"/>
        <source>Domain of this project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="112"/>
        <source>Domain of this project: %1. %2 has no domains: the column gets the base type with the domain&apos;s NOT NULL, DEFAULT and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="173"/>
        <source>Portable type: every dialect maps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="176"/>
        <source>Enum type of this project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="184"/>
        <source>%1 type: pinned for %1, other dialects keep the logical type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="195"/>
        <source>%1 type already used in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="237"/>
        <source>a column needs a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="250"/>
        <source>the project has no domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="257"/>
        <source>the project has no enum type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/typesuggestions.cpp" line="279"/>
        <source>not a type (try integer, varchar(80), numeric(10,2) or a type of the target dialect)</source>
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
    <name>schemata::widgets::AnnotationEditor</name>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="53"/>
        <source>Subject Area Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="56"/>
        <source>New &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="63"/>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="63"/>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="208"/>
        <source>Text of the note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="66"/>
        <source>Add a free text note to the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="67"/>
        <source>New &amp;Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="70"/>
        <source>New Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="70"/>
        <source>Name of the group of the selected tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="71"/>
        <source>Subject area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="75"/>
        <source>Group the selected tables in a coloured subject area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="76"/>
        <source>&amp;Edit Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="84"/>
        <source>Subject Area &amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="112"/>
        <source>&amp;Rename Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="112"/>
        <source>&amp;Edit Note Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="139"/>
        <source>Select the tables to group in the subject area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="187"/>
        <source>Delete Notes and Subject Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="208"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/annotationeditor.cpp" line="232"/>
        <source>Subject area name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ChecksTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="24"/>
        <source>Delete Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="36"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="36"/>
        <source>Expression</source>
        <translation type="unfinished">Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="55"/>
        <source>An SQL boolean expression, used verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="82"/>
        <source>Rename Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="82"/>
        <source>Edit Check Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/checkstablemodel.cpp" line="93"/>
        <source>Add Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ColumnsTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.h" line="43"/>
        <source>Delete Column</source>
        <translation type="unfinished">Spalte löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="55"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="57"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="59"/>
        <source>Null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="61"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="63"/>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="65"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="67"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="69"/>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="133"/>
        <source>Declared with the domain %1 (base type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="135"/>
        <source>Declared with the domain %1: this dialect has no domains, so the column is %2 with the domain&apos;s constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="141"/>
        <source>%1 is pinned for this project&apos;s dialect; the others use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="143"/>
        <source>the enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="145"/>
        <source>A logical type such as integer, varchar(80), numeric(10,2), timestamptz, an enum or domain of the project, or any type of the target dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="149"/>
        <source>&apos;text&apos; is a literal, a number is a number, CURRENT_TIMESTAMP the time of insert, anything else an SQL expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="191"/>
        <source>Make Column Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="191"/>
        <source>Drop Column Uniqueness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="208"/>
        <source>a column needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="211"/>
        <source>the table already has a column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="220"/>
        <source>Change Column Type</source>
        <translation type="unfinished">Spaltentyp ändern</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="225"/>
        <source>no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="238"/>
        <source>not a PII category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="265"/>
        <source>Move Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="273"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::CompareDialog</name>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="54"/>
        <source>Compare with Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="65"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="65"/>
        <source>Object</source>
        <translation type="unfinished">Objekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="65"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="67"/>
        <source>Drift (database → project, matched by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="70"/>
        <source>Rename candidates — check to treat as a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="81"/>
        <source>Up: makes the database match the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="82"/>
        <source>Down: reverses the up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="88"/>
        <source>Copy Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="89"/>
        <source>Copy Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="90"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="104"/>
        <source>%1 %2 → %3 (%4% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="135"/>
        <source>No drift: %1 matches the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/comparedialog.cpp" line="137"/>
        <source>%n change(s) between %1 (database) and the project; %2 rename candidate(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="164"/>
        <source>Save Up Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="164"/>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="172"/>
        <source>Save Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/comparedialog.cpp" line="173"/>
        <source>Could not write %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ConnectionDialog</name>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="54"/>
        <source>Database Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="79"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="80"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="87"/>
        <source>e.g. shop (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="88"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="92"/>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="95"/>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="98"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="100"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="102"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="104"/>
        <source>unix socket (directory for PostgreSQL, file for MariaDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="105"/>
        <source>&amp;Socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="108"/>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="146"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="111"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="113"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="117"/>
        <source>Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="121"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="126"/>
        <source>Encrypt if the server offers TLS; the certificate is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="127"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="128"/>
        <source>Encrypt or refuse before logging in; with a CA file its chain is checked, without one the certificate is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="130"/>
        <source>Encrypt, and refuse a certificate the CA file did not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="131"/>
        <source>Encrypt, and refuse a certificate the CA file did not sign or that does not name the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="138"/>
        <source>SS&amp;L mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="155"/>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="156"/>
        <source>CA certificate that signed the server&apos;s (verify-ca, verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="157"/>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="158"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="159"/>
        <source>only for servers that log in by certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="159"/>
        <source>Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="160"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="161"/>
        <source>private key of the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="161"/>
        <source>Client Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="164"/>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="165"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="168"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="169"/>
        <source>Read-only (never apply changes to this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="174"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="185"/>
        <source>Save &amp;&amp; Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="219"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="342"/>
        <source>/path/to/file.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="342"/>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="358"/>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="432"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="360"/>
        <source>  (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="371"/>
        <source>Profile Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="381"/>
        <source>SQLite Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="382"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="391"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="401"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="401"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/connectiondialog.cpp" line="416"/>
        <source>Connecting…</source>
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
        <location filename="../src/widgets/ddlpreview.cpp" line="126"/>
        <source>No dialect selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ddlpreview.cpp" line="136"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ddlpreview.cpp" line="139"/>
        <source>%n emulation warning(s)</source>
        <translation>
            <numerusform>%n Emulationswarnung</numerusform>
            <numerusform>%n Emulationswarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramEditor</name>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="54"/>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="101"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="55"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="65"/>
        <source>New &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="69"/>
        <source>Add a table to the diagram (or double-click the empty canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="70"/>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="163"/>
        <source>Re&amp;name Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="78"/>
        <source>&amp;Copy Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="80"/>
        <source>Cu&amp;t Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="83"/>
        <source>Cut Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="85"/>
        <source>&amp;Paste Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="86"/>
        <source>D&amp;uplicate Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="86"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="88"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="91"/>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="102"/>
        <source>Delete Table</source>
        <translation type="unfinished">Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="91"/>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="102"/>
        <source>Delete Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="108"/>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="109"/>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="110"/>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="111"/>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="112"/>
        <source>Align Centers &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="113"/>
        <source>Align Centers &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="120"/>
        <source>Distribute H&amp;orizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="122"/>
        <source>Distribute V&amp;ertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="163"/>
        <source>Re&amp;name Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="178"/>
        <source>New Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="227"/>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="267"/>
        <source>Paste Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="279"/>
        <source>Nothing to paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="283"/>
        <source>%n foreign key(s) dropped: their tables are not in this project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="299"/>
        <source>Duplicate Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="299"/>
        <source>Duplicate Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="355"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="398"/>
        <source>Align Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="403"/>
        <source>Distribute Tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramNavigator</name>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="46"/>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="53"/>
        <source>&amp;Find Table or Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="57"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="58"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="60"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="61"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="62"/>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="62"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="63"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="63"/>
        <source>Ctrl+Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="65"/>
        <source>&amp;Overview Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="70"/>
        <source>&amp;Auto Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="70"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="72"/>
        <source>Arrange all tables by their relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="73"/>
        <source>Auto Layout New &amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="76"/>
        <source>Place the tables that have no position yet, keeping hand-placed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="84"/>
        <source>Auto Layout New Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="84"/>
        <source>Auto Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="114"/>
        <source>Layout applied; Undo restores the previous arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="117"/>
        <source>Layout: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="120"/>
        <source>Layout cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="123"/>
        <source>Layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="152"/>
        <source>Nudge Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagramnavigator.cpp" line="153"/>
        <source>Nudge %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramScene</name>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="271"/>
        <source>Move Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="303"/>
        <source>A subject area needs at least one table: the frame held none, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="313"/>
        <source>Resize Subject Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="322"/>
        <source>Resize Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="373"/>
        <source>Move Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="373"/>
        <source>Move %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="375"/>
        <source>Move Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="376"/>
        <source>Move %n Notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="378"/>
        <source>Move %n Items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="386"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramView</name>
    <message>
        <location filename="../src/widgets/diagram/diagramview.cpp" line="29"/>
        <source>ER diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DocumentTreeModel</name>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="51"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="65"/>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="69"/>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="73"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="92"/>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="193"/>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="193"/>
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="208"/>
        <source>Used by %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="216"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/documenttreemodel.cpp" line="225"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="235"/>
        <source>(no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="379"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="379"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DomainDialog</name>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="57"/>
        <location filename="../src/widgets/domaindialog.cpp" line="364"/>
        <source>New Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="58"/>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="67"/>
        <source>e.g. email_address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="78"/>
        <source>The type the domain constrains: a logical type such as varchar(320) or numeric(12,2), an enum, or a PostgreSQL type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="80"/>
        <source>NOT &amp;NULL — every column of this domain needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="82"/>
        <source>SQL expression, e.g. 0 or &apos;n/a&apos; (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="84"/>
        <source>the base type&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="87"/>
        <source>What values of this domain mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="92"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="93"/>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="94"/>
        <source>&amp;Base type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="96"/>
        <source>&amp;Default:</source>
        <translation type="unfinished">&amp;Vorgabewert:</translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="97"/>
        <source>C&amp;ollation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="98"/>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="101"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="101"/>
        <source>Expression (the value is VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="110"/>
        <source>&amp;Add Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="113"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="118"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="132"/>
        <source>The statement this domain stands for, as the preview writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="150"/>
        <source>SQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="197"/>
        <source>No column is declared with this domain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/domaindialog.cpp" line="198"/>
        <source>Used by %n column(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="266"/>
        <source>Base type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="268"/>
        <source>Base type: a domain cannot be based on another domain; pick its base type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="274"/>
        <source>Collation: only a text type (varchar, char, text) has a collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="309"/>
        <source>%1 has no domains: its columns become %2 with the domain&apos;s NOT NULL, DEFAULT and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domaindialog.cpp" line="381"/>
        <source>Edit Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DomainSummary</name>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="38"/>
        <source>Double-click a column to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="39"/>
        <source>&amp;Edit Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="43"/>
        <source>Base type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="44"/>
        <source>NOT NULL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="45"/>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="46"/>
        <source>Collation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="47"/>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="48"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="52"/>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="72"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="74"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="74"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/domainsummary.cpp" line="76"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ExportDiagramDialog</name>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="38"/>
        <source>SVG — scalable, one group per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="39"/>
        <source>PNG — image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="40"/>
        <source>PDF — document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="41"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="42"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="46"/>
        <source>Selected tables only (%n selected)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="98"/>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="100"/>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="145"/>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="120"/>
        <source>%n table(s) will be drawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/exportdiagramdialog.cpp" line="135"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::FindBar</name>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="60"/>
        <source>Find in diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="62"/>
        <source>Find table or column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="65"/>
        <source>Find table or column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="73"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="76"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="80"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="281"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/findbar.cpp" line="283"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ForeignKeysTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="44"/>
        <source>Delete Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="63"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="65"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="67"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="69"/>
        <source>Referenced columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="71"/>
        <source>On delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="73"/>
        <source>On update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="75"/>
        <source>Deferrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="77"/>
        <source>Initially deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="109"/>
        <source>Column names separated by commas; both lists pair up in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="141"/>
        <source>Edit Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="160"/>
        <source>Rename Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="170"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="184"/>
        <source>Change Referenced Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="197"/>
        <source>not a referential action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/foreignkeystablemodel.cpp" line="216"/>
        <source>Add Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ImportActions</name>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="87"/>
        <source>New from &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="88"/>
        <source>Reverse engineer a live database into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="89"/>
        <source>&amp;Import SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="90"/>
        <source>Read a DDL script into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="95"/>
        <source>&amp;Compare with Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="96"/>
        <source>Show the drift between the project and a live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="97"/>
        <source>Database &amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="107"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="108"/>
        <source>The current project has unsaved changes. Replace it with the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="129"/>
        <source>Import SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="130"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="148"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="161"/>
        <source>Compare with Database — Choose a Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="178"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="193"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="221"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/importactions.cpp" line="236"/>
        <source>Imported %n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importactions.cpp" line="255"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ImportReportDialog</name>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="23"/>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="32"/>
        <source>Imported from %1: %2 tables, %3 views, %4 enums, %5 domains. %6 statements failed, %7 objects the model cannot hold (kept below with their SQL), %8 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="48"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="50"/>
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="52"/>
        <source>%n trigger(s), policies or rules on those tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="55"/>
        <source>Left out by the table name filter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="56"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="65"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="65"/>
        <source>Object</source>
        <translation type="unfinished">Objekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="65"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="65"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="70"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="70"/>
        <source>not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="71"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="78"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="89"/>
        <source>Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importreportdialog.cpp" line="90"/>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ImportSqlDialog</name>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="37"/>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="139"/>
        <source>Import SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="44"/>
        <source>a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="45"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="49"/>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="53"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="54"/>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="55"/>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="56"/>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="57"/>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="61"/>
        <source>&amp;Run in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="65"/>
        <source>asked each session when no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="66"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="129"/>
        <source>Private scratch server (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="132"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="140"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="230"/>
        <source>PostgreSQL scripts are read by PostgreSQL&apos;s own parser (libpg_query); no statement runs anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="233"/>
        <source>SQLite scripts run in an in-memory SQLite database that is thrown away afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="236"/>
        <source>The script runs as written in a private MariaDB server started for this import and removed afterwards (needs mariadb-server installed). Account and server statements (GRANT, CREATE USER, SET GLOBAL, LOAD DATA …) are not run; they are listed in the import report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="244"/>
        <source>%1 is marked read-only: the import would create and drop scratch databases there. Choose the private server or another connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="248"/>
        <source>The script runs in scratch databases schemata_verify_… created on %1 (%2) and dropped afterwards; the account needs the right to create and drop databases.

No existing database of that server is read or written. The script&apos;s CREATE/DROP DATABASE and USE go to scratch databases; statements that name a database of the server (shop.t, USE shop, DROP DATABASE shop), dynamic SQL (PREPARE), tables whose data lives elsewhere (FEDERATED, CONNECTION=) and SELECT … INTO OUTFILE are not run: each is listed in the import report at its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="286"/>
        <source>Choose a script first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="287"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="309"/>
        <source>Running %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="310"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/importsqldialog.cpp" line="329"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::IndexKeysEditor</name>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="35"/>
        <source>Add Column Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="35"/>
        <source>Add the next column as a key (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="36"/>
        <source>Add Expression Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="37"/>
        <source>Add an expression key, such as lower(email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="38"/>
        <source>Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="38"/>
        <source>Delete the current key (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="39"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="39"/>
        <source>Move the key up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="40"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="40"/>
        <source>Move the key down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="107"/>
        <source>Keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeyseditor.cpp" line="107"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::IndexKeysTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="101"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="103"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="105"/>
        <source>Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="136"/>
        <source>An expression key (SQL, used verbatim); a column name makes it a column key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="138"/>
        <source>A column key; an expression in parentheses makes it an expression key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="189"/>
        <source>Edit Index Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="194"/>
        <source>the sort order is asc or desc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="196"/>
        <source>Change Index Key Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="201"/>
        <source>the nulls order is default, first or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="203"/>
        <source>Change Index Nulls Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="224"/>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="251"/>
        <source>select an index first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="234"/>
        <source>every column is a key already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="241"/>
        <source>Add Index Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="261"/>
        <source>Add Index Expression Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="270"/>
        <source>no key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="274"/>
        <source>Delete Index Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="282"/>
        <source>the key cannot move there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="285"/>
        <source>Move Index Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexkeystablemodel.cpp" line="293"/>
        <source>no index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::IndexesTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="37"/>
        <source>Delete Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="60"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="62"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="64"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="58"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="66"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="102"/>
        <source>Keys in order, separated by commas: a column name or an expression in parentheses, then &quot;desc&quot; and &quot;nulls first&quot; / &quot;nulls last&quot; if wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="105"/>
        <source>Covering columns stored in the index (INCLUDE), separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="107"/>
        <source>A predicate for a partial index; empty indexes every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="137"/>
        <source>Edit Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="141"/>
        <source>Make Index Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="141"/>
        <source>Make Index Non-unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="146"/>
        <source>Rename Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="155"/>
        <source>Change Index Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="164"/>
        <source>Change Index Include Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="167"/>
        <source>Change Index Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="170"/>
        <source>Edit Index Predicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="184"/>
        <source>add a column before an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="197"/>
        <source>Add Index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="75"/>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="77"/>
        <source>DDL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="137"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="172"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="178"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="200"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="201"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="204"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="206"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="211"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="212"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="214"/>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="225"/>
        <source>Diagram exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="231"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="235"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="241"/>
        <source>Add &amp;Table</source>
        <translation>&amp;Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="242"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="243"/>
        <source>Add &amp;Column</source>
        <translation>&amp;Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="244"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="245"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="249"/>
        <location filename="../src/widgets/mainwindow.cpp" line="481"/>
        <location filename="../src/widgets/mainwindow.cpp" line="489"/>
        <source>New Do&amp;main…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="251"/>
        <source>A named type with constraints (PostgreSQL CREATE DOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="256"/>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="262"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="266"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="267"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="267"/>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="277"/>
        <source>&amp;Target Dialect</source>
        <translation>&amp;Zieldialekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="291"/>
        <source>&amp;About Schemata Studio</source>
        <translation>Ü&amp;ber Schemata Studio</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="294"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="308"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="334"/>
        <source>Open Failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="335"/>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="344"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="345"/>
        <location filename="../src/widgets/mainwindow.cpp" line="370"/>
        <source>Schemata projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="362"/>
        <location filename="../src/widgets/mainwindow.cpp" line="377"/>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="369"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="386"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="387"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="456"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="457"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="478"/>
        <source>&amp;Edit Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="480"/>
        <source>Re&amp;name Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="484"/>
        <source>&amp;Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="538"/>
        <location filename="../src/widgets/mainwindow.cpp" line="545"/>
        <source>Rename Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="538"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="559"/>
        <location filename="../src/widgets/mainwindow.cpp" line="574"/>
        <source>Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="560"/>
        <source>%n column(s) are declared with the domain %1. Delete it and turn them into its base type %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="652"/>
        <source>%1[*] — Schemata Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="659"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="662"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="666"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="667"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="696"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MemberTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/membertablemodel.cpp" line="71"/>
        <source>these rows have no order to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MembersTab</name>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="60"/>
        <source>%1 (Insert, Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="61"/>
        <source>%1 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="90"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="90"/>
        <source>Move the column up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="91"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="91"/>
        <source>Move the column down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="173"/>
        <source>Deleting %1 also deletes:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/memberstab.cpp" line="174"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MigrationDock</name>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="35"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="37"/>
        <source>drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="39"/>
        <source>rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="41"/>
        <source>alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="50"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="52"/>
        <source>enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="54"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="56"/>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="58"/>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="60"/>
        <source>unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="62"/>
        <source>check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="64"/>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="66"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="68"/>
        <source>view</source>
        <translation type="unfinished">Sicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="70"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="72"/>
        <source>domain check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="94"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="96"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="98"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="132"/>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="138"/>
        <source>&amp;Create Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="139"/>
        <source>Append the pending changes to the history as a new migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="142"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="142"/>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="143"/>
        <source>Object</source>
        <translation type="unfinished">Objekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="142"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="143"/>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="143"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="143"/>
        <source>Message</source>
        <translation type="unfinished">Meldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="144"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="144"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="144"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="145"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="146"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="147"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="157"/>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="343"/>
        <source>There is no migration planner for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="370"/>
        <source>Irreversible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="376"/>
        <source>possible rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="377"/>
        <source>%1% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="382"/>
        <source>Matched by name: planned as drop + add, not applied as a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="433"/>
        <source>irreversible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="435"/>
        <source>no %1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="444"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="444"/>
        <source>(not yet a migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/migration/migrationdock.cpp" line="445"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="472"/>
        <source>&lt;b&gt;Up&lt;/b&gt; — pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="473"/>
        <source>&lt;b&gt;Down&lt;/b&gt; — pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="486"/>
        <source>&lt;b&gt;Up&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="487"/>
        <source>&lt;b&gt;Down&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="491"/>
        <source>%1 has no script for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="507"/>
        <source>No pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/migration/migrationdock.cpp" line="507"/>
        <source>%n pending change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/migration/migrationdock.cpp" line="509"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/migration/migrationdock.cpp" line="511"/>
        <source>%n irreversible step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="514"/>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="515"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="517"/>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="523"/>
        <source>Create Migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="541"/>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="548"/>
        <source>Create Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/migration/migrationdock.cpp" line="542"/>
        <source>Name of the migration (snake_case, e.g. add_order_notes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::NewFromDatabaseDialog</name>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="31"/>
        <source>New from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="36"/>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="39"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="42"/>
        <source>asked each session when no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="45"/>
        <source>&amp;List Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="51"/>
        <source>Schemas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="54"/>
        <source>all tables; e.g. order*, sales.* or !*_log to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="56"/>
        <source>Table name patterns, separated by commas or spaces: * matches any run of characters, ? one character; each is matched against the name and schema.name of tables and views. A pattern starting with ! leaves matching tables and views out. Foreign keys to tables left out, and kept views whose SQL names a table or view left out, are listed in the import report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="61"/>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="72"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="112"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="176"/>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="239"/>
        <source>Choose or create a connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="179"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="207"/>
        <source>%n schema(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="246"/>
        <source>Check at least one schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="254"/>
        <source>Reading the catalog of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/connect/newfromdatabasedialog.cpp" line="281"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::OverviewMap</name>
    <message>
        <location filename="../src/widgets/diagram/overviewmap.cpp" line="25"/>
        <source>Diagram overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/overviewmap.cpp" line="26"/>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::PropertyPanel</name>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="55"/>
        <location filename="../src/widgets/propertypanel.cpp" line="60"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="56"/>
        <source>Literal</source>
        <translation>Literal</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="57"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="58"/>
        <source>Current timestamp</source>
        <translation>Aktueller Zeitstempel</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="61"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="62"/>
        <source>By default</source>
        <translation>Standardmäßig</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="148"/>
        <source>Change Column Type</source>
        <translation type="unfinished">Spaltentyp ändern</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="156"/>
        <source>no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="224"/>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="233"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="287"/>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/propertypanel.cpp" line="292"/>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
</context>
<context>
    <name>schemata::widgets::RelationshipTool</name>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="86"/>
        <source>1:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="87"/>
        <source>Draw a one-to-many relationship: drag from the referenced table to the table that gets the foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="90"/>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="91"/>
        <source>Draw a one-to-one relationship: drag from the referenced table to the table that gets the unique foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="94"/>
        <source>M:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="95"/>
        <source>Draw a many-to-many relationship: drag from one table to the other; a join table is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="104"/>
        <source>Drag from one table to another; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="112"/>
        <source>Optional Parent (nullable foreign key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="114"/>
        <source>Index the Foreign Key Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="117"/>
        <source>No Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="118"/>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="119"/>
        <source>Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="120"/>
        <source>Set Null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="121"/>
        <source>Set Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="124"/>
        <source>On &amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="124"/>
        <source>On &amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="156"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="158"/>
        <source>Options for the next relationships drawn: optional parent, index, ON DELETE / ON UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="265"/>
        <source>Add One-to-Many Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="266"/>
        <source>Add One-to-One Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="267"/>
        <source>Add Many-to-Many Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::TableEditorDock</name>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="24"/>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="174"/>
        <source>Table Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="33"/>
        <source>Select a table in the model tree or on the diagram to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="38"/>
        <source>Add Column</source>
        <translation type="unfinished">Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="38"/>
        <source>Delete Column</source>
        <translation type="unfinished">Spalte löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="39"/>
        <source>Add Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="39"/>
        <source>Delete Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="40"/>
        <source>Add Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="40"/>
        <source>Delete Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="41"/>
        <source>Add Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="41"/>
        <source>Delete Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="42"/>
        <source>Add Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="42"/>
        <source>Delete Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="181"/>
        <source>Table Editor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="182"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="183"/>
        <source>Columns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="184"/>
        <source>Indexes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="185"/>
        <source>Unique (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="186"/>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="187"/>
        <source>Foreign Keys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::TypeCombo</name>
    <message>
        <location filename="../src/widgets/tableeditor/typecombo.cpp" line="52"/>
        <source>A logical type such as integer, varchar(80), numeric(10,2), an enum or domain of the project, or any type of the target dialect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::UniquesTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="35"/>
        <source>Delete Unique Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="47"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="47"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="63"/>
        <source>The columns whose values together are unique, in key order, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="66"/>
        <source>No name: the database names the constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="87"/>
        <source>Rename Unique Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="94"/>
        <source>Change Unique Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="110"/>
        <source>add a column before a unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/uniquestablemodel.cpp" line="122"/>
        <source>Add Unique Constraint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ValidationPanel</name>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="25"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="25"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="25"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="25"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="117"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="117"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="126"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="130"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="134"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/widgets/validationpanel.cpp" line="153"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/validationpanel.cpp" line="154"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/validationpanel.cpp" line="155"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
</TS>
