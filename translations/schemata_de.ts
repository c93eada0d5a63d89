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
        <location filename="../src/studio/main.cpp" line="66"/>
        <source>Schemata database design studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="70"/>
        <source>Project to open (*.schemata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="74"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="77"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="81"/>
        <source>With --screenshot: find TEXT in the diagram and jump to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="88"/>
        <source>With --screenshot: select table NAME (the table editor shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="114"/>
        <source>--size must look like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/studio/main.cpp" line="149"/>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::app</name>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="377"/>
        <source>not Schemata tables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="380"/>
        <source>not Schemata tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/tableclipboard.cpp" line="403"/>
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
    <name>schemata::widgets::CellDelegate</name>
    <message>
        <location filename="../src/widgets/tableeditor/celldelegate.cpp" line="59"/>
        <source>A logical type such as integer, varchar(80), numeric(10,2)</source>
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
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="51"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="55"/>
        <source>Null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="57"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="59"/>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="61"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="63"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="65"/>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="100"/>
        <source>A logical type such as integer, varchar(80), numeric(10,2), timestamptz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="102"/>
        <source>&apos;text&apos; is a literal, a number is a number, CURRENT_TIMESTAMP the time of insert, anything else an SQL expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="114"/>
        <source>enum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="151"/>
        <source>Make Column Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="151"/>
        <source>Drop Column Uniqueness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="168"/>
        <source>a column needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="171"/>
        <source>the table already has a column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="183"/>
        <source>not a PII category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="210"/>
        <source>Move Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/columnstablemodel.cpp" line="218"/>
        <source>%1 (%2)</source>
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
    <name>schemata::widgets::DiagramEditor</name>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="46"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="47"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="56"/>
        <source>New &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="60"/>
        <source>Add a table to the diagram (or double-click the empty canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="61"/>
        <source>Re&amp;name Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="66"/>
        <source>&amp;Copy Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="68"/>
        <source>Cu&amp;t Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="71"/>
        <source>Cut Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="73"/>
        <source>&amp;Paste Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="74"/>
        <source>D&amp;uplicate Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="74"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="76"/>
        <source>&amp;Delete Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="78"/>
        <source>Delete Table</source>
        <translation type="unfinished">Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="78"/>
        <source>Delete Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="82"/>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="83"/>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="84"/>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="85"/>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="86"/>
        <source>Align Centers &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="87"/>
        <source>Align Centers &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="94"/>
        <source>Distribute H&amp;orizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="96"/>
        <source>Distribute V&amp;ertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="148"/>
        <source>New Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="199"/>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="254"/>
        <source>Paste Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="266"/>
        <source>Nothing to paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="270"/>
        <source>%n foreign key(s) dropped: their tables are not in this project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="286"/>
        <source>Duplicate Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="286"/>
        <source>Duplicate Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="334"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="377"/>
        <source>Align Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/diagrameditor.cpp" line="382"/>
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
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="204"/>
        <source>Move Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/diagram/diagramscene.cpp" line="204"/>
        <source>Move %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramView</name>
    <message>
        <location filename="../src/widgets/diagram/diagramview.cpp" line="30"/>
        <source>ER diagram</source>
        <translation type="unfinished"></translation>
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
        <location filename="../src/widgets/documenttreemodel.cpp" line="240"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/documenttreemodel.cpp" line="240"/>
        <source>Details</source>
        <translation>Details</translation>
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
    <name>schemata::widgets::IndexesTableModel</name>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="50"/>
        <source>Delete Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="69"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="71"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="73"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="75"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="77"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="106"/>
        <source>Key columns in order, separated by commas; add &quot;desc&quot; for descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="108"/>
        <source>A predicate for a partial index; empty indexes every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="136"/>
        <source>Edit Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="140"/>
        <source>Make Index Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="140"/>
        <source>Make Index Non-unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="145"/>
        <source>Rename Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="173"/>
        <source>Change Index Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="191"/>
        <source>add a column before an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/indexestablemodel.cpp" line="204"/>
        <source>Add Index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="69"/>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="71"/>
        <source>DDL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="129"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="159"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="165"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="185"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="188"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="190"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="193"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="194"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="196"/>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="205"/>
        <source>Diagram exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="211"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="215"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="221"/>
        <source>Add &amp;Table</source>
        <translation>&amp;Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="222"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="223"/>
        <source>Add &amp;Column</source>
        <translation>&amp;Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="224"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="225"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="233"/>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="239"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="243"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="244"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="244"/>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="253"/>
        <source>&amp;Target Dialect</source>
        <translation>&amp;Zieldialekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="268"/>
        <source>&amp;About Schemata Studio</source>
        <translation>Ü&amp;ber Schemata Studio</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="271"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="285"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="311"/>
        <source>Open Failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="312"/>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="321"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="322"/>
        <location filename="../src/widgets/mainwindow.cpp" line="346"/>
        <source>Schemata projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="339"/>
        <location filename="../src/widgets/mainwindow.cpp" line="353"/>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="345"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="362"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="363"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="420"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="421"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="514"/>
        <source>%1[*] — Schemata Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="521"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="524"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="528"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="529"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="556"/>
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
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="198"/>
        <source>Add One-to-Many Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="200"/>
        <source>Add One-to-One Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/diagram/relationshiptool.cpp" line="201"/>
        <source>Add Many-to-Many Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schemata::widgets::TableEditorDock</name>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="21"/>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="144"/>
        <source>Table Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="29"/>
        <source>Select a table in the model tree or on the diagram to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="34"/>
        <source>Add Column</source>
        <translation type="unfinished">Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="34"/>
        <source>Delete Column</source>
        <translation type="unfinished">Spalte löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="35"/>
        <source>Add Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="35"/>
        <source>Delete Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="36"/>
        <source>Add Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="36"/>
        <source>Delete Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="37"/>
        <source>Add Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="37"/>
        <source>Delete Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="151"/>
        <source>Table Editor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="152"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="153"/>
        <source>Columns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="154"/>
        <source>Indexes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="155"/>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/tableeditor/tableeditordock.cpp" line="156"/>
        <source>Foreign Keys (%1)</source>
        <translation type="unfinished"></translation>
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
