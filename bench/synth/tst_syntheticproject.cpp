// The generator is a benchmark input: it must be exact in size, valid, reproducible,
// and contain the shapes the benchmarks are meant to stress.
#include "document/documentformat.h"
#include "model/modelindex.h"
#include "model/validator.h"
#include "synth/syntheticproject.h"

#include <QSet>
#include <QTest>

using namespace schemata;

class TestSyntheticProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("fks");
        QTest::newRow("benchmark size") << 2000 << 20000 << 3000;
        QTest::newRow("small") << 40 << 400 << 60;
        QTest::newRow("uneven") << 7 << 53 << 11;
        QTest::newRow("no fks") << 10 << 30 << 0;
        QTest::newRow("one table") << 1 << 5 << 2;
    }

    void sizes()
    {
        QFETCH(int, tables);
        QFETCH(int, columns);
        QFETCH(int, fks);
        synth::SyntheticProjectOptions options;
        options.tables = tables;
        options.columns = columns;
        options.foreignKeys = fks;
        const document::Document doc = synth::generateSyntheticProject(options);
        const model::Model& m = doc.model;

        qsizetype columnCount = 0;
        qsizetype fkCount = 0;
        for (const model::Table& t : m.tables) {
            columnCount += t.columns.size();
            fkCount += t.foreignKeys.size();
            QVERIFY(t.primaryKey.has_value());
            QVERIFY(doc.layout.nodes.contains(t.id));
        }
        QCOMPARE(m.tables.size(), tables);
        QCOMPARE(columnCount, columns);
        QCOMPARE(fkCount, fks);

        // Valid: no errors and no warnings (infos are fine).
        const model::Diagnostics diagnostics = model::validateModel(m);
        for (const model::Diagnostic& d : diagnostics)
            QVERIFY2(d.severity == model::Diagnostic::Severity::Info, qPrintable(d.toString()));

        // And the document format accepts it and keeps it exactly.
        const QByteArray bytes = document::writeDocument(doc);
        const auto read = document::readDocument(bytes, QStringLiteral("synthetic"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value() == doc);
    }

    void deterministic()
    {
        synth::SyntheticProjectOptions options;
        options.tables = 300;
        options.columns = 3000;
        options.foreignKeys = 450;
        const QByteArray first = document::writeDocument(synth::generateSyntheticProject(options));
        QCOMPARE(document::writeDocument(synth::generateSyntheticProject(options)), first);
        options.seed = 2;
        QVERIFY(document::writeDocument(synth::generateSyntheticProject(options)) != first);
        options.seed = 0x100000001ull; // differs from seed 1 only above bit 31
        QVERIFY(document::writeDocument(synth::generateSyntheticProject(options)) != first);
    }

    // The shapes that make the benchmark meaningful: self-references, FK cycles,
    // unique constraints, checks, composite/DESC/partial indexes, enums, views, all types.
    void shapes()
    {
        const document::Document doc = synth::generateSyntheticProject({});
        const model::Model& m = doc.model;
        const model::ModelIndex index(m);
        int selfReferences = 0;
        int cycles = 0;
        int uniques = 0;
        int checks = 0;
        bool desc = false;
        bool partial = false;
        QSet<model::LogicalType::Kind> kinds;
        for (const model::Table& t : m.tables) {
            uniques += int(t.uniques.size());
            checks += int(t.checks.size());
            for (const model::Column& c : t.columns)
                kinds.insert(c.type.kind);
            for (const model::ForeignKey& fk : t.foreignKeys) {
                if (fk.referencedTableId == t.id) {
                    ++selfReferences;
                    continue;
                }
                const model::Table* target = index.table(fk.referencedTableId);
                QVERIFY(target);
                for (const model::ForeignKey& back : target->foreignKeys)
                    cycles += back.referencedTableId == t.id ? 1 : 0;
            }
            for (const model::Index& i : t.indexes) {
                partial |= !i.where.isEmpty();
                for (const model::IndexKey& key : i.keys)
                    desc |= key.sort == model::IndexKey::Sort::Desc;
            }
        }
        QVERIFY2(selfReferences >= 10, qPrintable(QString::number(selfReferences)));
        QVERIFY2(cycles / 2 >= 5, qPrintable(QString::number(cycles)));
        QVERIFY(uniques >= 100);
        QVERIFY(checks >= 100);
        QVERIFY(desc);
        QVERIFY(partial);
        QCOMPARE(kinds.size(), 20); // every LogicalType::Kind
        QVERIFY(!m.enums.isEmpty());
        QVERIFY(!m.views.isEmpty());
        QCOMPARE(m.schemas.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticProject)
#include "tst_syntheticproject.moc"
