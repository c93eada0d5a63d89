<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>schemata::app::LayoutJob</name>
    <message numerus="yes">
        <location filename="../../../../src/app/layoutjob.cpp" line="51"/>
        <source>Laying out %n table(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::CompareDialog</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/comparedialog.cpp" line="137"/>
        <source>%n change(s) between %1 (database) and the project; %2 rename candidate(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DdlPreview</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/ddlpreview.cpp" line="136"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/ddlpreview.cpp" line="139"/>
        <source>%n emulation warning(s)</source>
        <translation>
            <numerusform>%n emulation warning</numerusform>
            <numerusform>%n emulation warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramEditor</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagrameditor.cpp" line="55"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagrameditor.cpp" line="283"/>
        <source>%n foreign key(s) dropped: their tables are not in this project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramNavigator</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagramnavigator.cpp" line="153"/>
        <source>Nudge %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DiagramScene</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagramscene.cpp" line="373"/>
        <source>Move %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagramscene.cpp" line="376"/>
        <source>Move %n Notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagramscene.cpp" line="378"/>
        <source>Move %n Items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DocumentTreeModel</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="51"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="193"/>
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="208"/>
        <source>Used by %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="225"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DomainDialog</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/domaindialog.cpp" line="198"/>
        <source>Used by %n column(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ExportDiagramDialog</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/exportdiagramdialog.cpp" line="46"/>
        <source>Selected tables only (%n selected)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/exportdiagramdialog.cpp" line="120"/>
        <source>%n table(s) will be drawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ImportActions</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/importactions.cpp" line="236"/>
        <source>Imported %n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/importreportdialog.cpp" line="48"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/importreportdialog.cpp" line="50"/>
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/importreportdialog.cpp" line="52"/>
        <source>%n trigger(s), policies or rules on those tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="457"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="560"/>
        <source>%n column(s) are declared with the domain %1. Delete it and turn them into its base type %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="666"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="667"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::MigrationDock</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/migration/migrationdock.cpp" line="445"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/migration/migrationdock.cpp" line="507"/>
        <source>%n pending change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/migration/migrationdock.cpp" line="509"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/migration/migrationdock.cpp" line="511"/>
        <source>%n irreversible step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::NewFromDatabaseDialog</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/connect/newfromdatabasedialog.cpp" line="207"/>
        <source>%n schema(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ValidationPanel</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/validationpanel.cpp" line="154"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/validationpanel.cpp" line="155"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
