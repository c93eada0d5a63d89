#pragma once

// The data-driven "corrupted input" test shared by the document format tests: each row
// is an input the reader must refuse and a substring its error must contain. The error
// must also name the source and say what is wrong, whichever test feeds it.
// Header-only like testdocuments.h, so each test binary stays a single source file.

#include "document/documentformat.h"

#include <QTest>

namespace schemata::testdocs {

// In a *_data() function: the columns rejectedInput() fetches.
inline void addRejectedInputColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // a substring of Error::toString()
}

// In the test function of those rows, as its last statement (a failing check returns
// from here, not from the caller): reads the row's input as `source` and checks the error.
inline void rejectedInput(const QString& source)
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const auto read = document::readDocument(input, source);
    QVERIFY2(!read.ok(), "a corrupted input was accepted");
    const QString message = read.error().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(read.error().where.startsWith(source), qPrintable(message));
    QVERIFY2(!read.error().message.isEmpty(), qPrintable(message));
}

} // namespace schemata::testdocs
