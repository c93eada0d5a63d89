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
    <name>schemata::widgets::DdlPreview</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/ddlpreview.cpp" line="80"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/ddlpreview.cpp" line="82"/>
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
        <location filename="../../../../src/widgets/diagram/diagrameditor.cpp" line="47"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/diagram/diagrameditor.cpp" line="270"/>
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
        <location filename="../../../../src/widgets/diagram/diagramscene.cpp" line="204"/>
        <source>Move %n Tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::DocumentTreeModel</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="68"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/documenttreemodel.cpp" line="134"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
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
    <name>schemata::widgets::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="421"/>
        <source>Deleting this also changes or removes %n dependent object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="528"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="529"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemata::widgets::ValidationPanel</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/validationpanel.cpp" line="76"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/validationpanel.cpp" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
