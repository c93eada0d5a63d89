#include "model/logicaltype.h"

#include <QTest>

using schemata::model::LogicalType;

class TestLogicalType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("varchar") << QStringLiteral("varchar(40)") << QStringLiteral("varchar(40)");
        QTest::newRow("numeric") << QStringLiteral("NUMERIC( 10 , 2 )") << QStringLiteral("numeric(10,2)");
        QTest::newRow("alias int") << QStringLiteral("int") << QStringLiteral("integer");
        QTest::newRow("double precision") << QStringLiteral("double precision") << QStringLiteral("double");
        QTest::newRow("timestamptz(3)") << QStringLiteral("timestamptz(3)") << QStringLiteral("timestamptz(3)");
        QTest::newRow("with time zone") << QStringLiteral("timestamp with time zone") << QStringLiteral("timestamptz");
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto parsed = LogicalType::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(LogicalType::parse(canonical), parsed);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << QStringLiteral("varchar2(10)");
        QTest::newRow("params on integer") << QStringLiteral("integer(3)");
        QTest::newRow("two params on varchar") << QStringLiteral("varchar(3,4)");
        QTest::newRow("garbage") << QStringLiteral("(((");
        QTest::newRow("empty") << QString();
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!LogicalType::parse(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLogicalType)
#include "tst_logicaltype.moc"
