<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>schemata::widgets::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="446"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/widgets/mainwindow.cpp" line="447"/>
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
