// Every shipped sample (resources/samples/*.schemata) must load, validate without
// errors and be stored canonically: writing what was read gives the file's bytes.
#include "document/documentformat.h"
#include "model/validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace schemata;

class TestSamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.schemata")}, QDir::Files, QDir::Name);
        // An empty folder would make this test pass vacuously.
        QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void samples()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();

        const core::Result<document::Document> loaded = document::loadDocument(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        const document::Document& doc = loaded.value();
        QVERIFY(!doc.model.tables.isEmpty());

        const model::Diagnostics diagnostics = model::validateModel(doc.model);
        QStringList errors;
        for (const model::Diagnostic& d : diagnostics) {
            if (d.severity == model::Diagnostic::Severity::Error)
                errors.append(d.toString());
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        const QByteArray written = document::writeDocument(doc);
        if (written != bytes) {
            // Name the first differing line: far more useful than two 60 KB blobs.
            const QList<QByteArray> expected = bytes.split('\n');
            const QList<QByteArray> actual = written.split('\n');
            qsizetype line = 0;
            while (line < expected.size() && line < actual.size() &&
                   expected[line] == actual[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("not canonical at line %1: file has \"%2\", writer "
                                            "gives \"%3\"")
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(expected.value(line)),
                                      QString::fromUtf8(actual.value(line)))));
        }
    }

    // The flagship sample exercises the features the studio and the engine tests rely on.
    void saasShopCoversTheFeatures()
    {
        const auto loaded = document::loadDocument(
            QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        const document::Document& doc = loaded.value();
        const model::Model& m = doc.model;
        QCOMPARE(doc.dialect, QStringLiteral("postgres"));
        QVERIFY(m.tables.size() >= 18);
        QCOMPARE(m.schemas.size(), 2);
        QVERIFY(m.views.size() >= 1);

        bool partial = false, expression = false, include = false, desc = false, composite = false;
        bool deferrable = false, selfReference = false, generated = false, collation = false;
        bool compositePk = false, identity = false, jsonb = false, uuid = false, pii = false;
        for (const model::Table& t : m.tables) {
            compositePk |= t.primaryKey && t.primaryKey->columnIds.size() > 1;
            for (const model::Column& c : t.columns) {
                generated |= !c.generatedExpression.isEmpty();
                collation |= !c.collation.isEmpty();
                identity |= c.identity != model::Identity::None;
                jsonb |= c.type.kind == model::LogicalType::Kind::Jsonb;
                uuid |= c.type.kind == model::LogicalType::Kind::Uuid;
                pii |= c.pii != model::PiiCategory::None && !c.retention.isEmpty();
            }
            for (const model::ForeignKey& fk : t.foreignKeys) {
                deferrable |= fk.deferrable;
                selfReference |= fk.referencedTableId == t.id;
            }
            for (const model::Index& index : t.indexes) {
                partial |= !index.where.isEmpty();
                include |= !index.includeColumnIds.isEmpty();
                composite |= index.keys.size() > 1;
                for (const model::IndexKey& key : index.keys) {
                    expression |= !key.expression.isEmpty();
                    desc |= key.sort == model::IndexKey::Sort::Desc;
                }
            }
        }
        QVERIFY(partial);
        QVERIFY(expression);
        QVERIFY(include);
        QVERIFY(desc);
        QVERIFY(composite);
        QVERIFY(deferrable);
        QVERIFY(selfReference);
        QVERIFY(generated);
        QVERIFY(collation);
        QVERIFY(compositePk);
        QVERIFY(identity);
        QVERIFY(jsonb);
        QVERIFY(uuid);
        QVERIFY(pii);
        QCOMPARE(doc.layout.subjectAreas.size(), 2);
        QVERIFY(!doc.layout.notes.isEmpty());
        // Every table and view has a box on the canvas.
        for (const model::Table& t : m.tables)
            QVERIFY2(doc.layout.nodes.contains(t.id), qPrintable(t.name));
        for (const model::View& v : m.views)
            QVERIFY2(doc.layout.nodes.contains(v.id), qPrintable(v.name));
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
