// Randomised robustness test of the document reader: seeded mutations of a valid file,
// first as raw bytes (syntax) and then as JSON values (structure and references). The
// reader must never crash, must name the source in every error, and whatever it accepts
// must re-serialise to a file that reads back to the same document and the same bytes.
#include "document/documentformat.h"
#include "testdocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

const QString kSource = u"fuzz.schemata"_s;

// The defaults keep the suite fast and reproducible; SCHEMATA_FUZZ_SEED and
// SCHEMATA_FUZZ_MUTATIONS allow a longer or different run when hunting.
quint32 seed(quint32 fallback)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable("SCHEMATA_FUZZ_SEED").toUInt(&ok);
    return ok ? value : fallback;
}

int mutations()
{
    const int value = qEnvironmentVariableIntValue("SCHEMATA_FUZZ_MUTATIONS");
    return value > 0 ? value : 2000;
}

// Appends a failure description for `input` to `failures` when the reader's answer
// breaks a promise; returns whether the input was accepted.
bool checkInput(const QByteArray& input, const QString& label, QStringList& failures)
{
    const auto read = document::readDocument(input, kSource);
    if (!read.ok()) {
        if (!read.error().where.startsWith(kSource) || read.error().message.isEmpty())
            failures.append(label + u": error without source or message: "_s +
                            read.error().toString());
        return false;
    }
    const QByteArray again = document::writeDocument(read.value());
    const auto reread = document::readDocument(again, kSource);
    if (!reread.ok()) {
        failures.append(label + u": accepted, but its re-serialisation fails: "_s +
                        reread.error().toString());
        return true;
    }
    if (!(reread.value() == read.value()))
        failures.append(label + u": re-serialisation reads back to a different document"_s);
    else if (document::writeDocument(reread.value()) != again)
        failures.append(label + u": re-serialisation is not stable"_s);
    return true;
}

int countValues(const QJsonValue& v)
{
    int n = 1;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            n += countValues(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            n += countValues(item);
    }
    return n;
}

class ValueMutator
{
public:
    explicit ValueMutator(QRandomGenerator& rng, QStringList ids)
        : m_rng(rng), m_ids(std::move(ids))
    {}

    // Replaces the value with pre-order number `index` (0 = the root); an undefined
    // result removes it from its parent.
    QJsonValue mutate(const QJsonValue& v, int& index)
    {
        if (index-- == 0)
            return replacement(v);
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end() && index >= 0;) {
                const QJsonValue m = mutate(it.value(), index);
                if (m.isUndefined()) {
                    it = o.erase(it);
                } else {
                    it.value() = m;
                    ++it;
                }
            }
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size() && index >= 0; ++i) {
                const QJsonValue m = mutate(a.at(i), index);
                if (m.isUndefined())
                    a.removeAt(i--);
                else
                    a.replace(i, m);
            }
            return a;
        }
        return v;
    }

private:
    QJsonValue scalar()
    {
        static const char* const kWords[] = {
            "",           "x",        "enum",   "integer", "varchar(10)", "numeric(10,2)",
            "cascade",    "set null", "desc",   "last",    "always",      "email",
            "literal",    "postgres", "oracle", "#ffffff", "Ünïcødé",     "\"quoted\"",
            "line\nbreak"};
        static const double kNumbers[] = {0, -1, 1, 2, 1.5, 12.345, -0.0, 1e9, 1e300, 123456789};
        switch (m_rng.bounded(6)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return m_rng.bounded(2) == 0;
        case 2:
            return kNumbers[m_rng.bounded(int(std::size(kNumbers)))];
        case 3:
            return QString::fromUtf8(kWords[m_rng.bounded(int(std::size(kWords)))]);
        default:
            return m_ids.at(
                m_rng.bounded(int(m_ids.size()))); // a valid id, often of the wrong kind
        }
    }

    QJsonValue replacement(const QJsonValue& v)
    {
        static const char* const kKeys[] = {"id",      "name",     "type", "enum",  "columns",
                                            "x",       "nullable", "kind", "table", "schema",
                                            "unknown", "values",   "sort"};
        switch (m_rng.bounded(6)) {
        case 0:
            return QJsonValue(QJsonValue::Undefined); // remove
        case 1:
            return QJsonObject();
        case 2:
            return QJsonArray{scalar()};
        case 3:
            if (v.isObject()) { // add or overwrite a member
                QJsonObject o = v.toObject();
                o.insert(QString::fromLatin1(kKeys[m_rng.bounded(int(std::size(kKeys)))]),
                         scalar());
                return o;
            }
            return scalar();
        default:
            return scalar();
        }
    }

    QRandomGenerator& m_rng;
    QStringList m_ids;
};

void collectIds(const QJsonValue& v, QStringList& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == u"id" && it.value().isString())
                out.append(it.value().toString());
            collectIds(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectIds(item, out);
    }
}

} // namespace

class TestDocumentFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byteMutations()
    {
        const QByteArray base = document::writeDocument(testdocs::richDocument());
        QRandomGenerator rng(seed(20261122));
        static const char kInteresting[] = "{}[]\",:0123456789-.eE \\nu\x01\xff\xc3";
        QStringList failures;
        int accepted = 0;
        const int kMutations = mutations();
        for (int i = 0; i < kMutations; ++i) {
            QByteArray bytes = base;
            const int operations = 1 + rng.bounded(3);
            for (int op = 0; op < operations && !bytes.isEmpty(); ++op) {
                const qsizetype at = rng.bounded(int(bytes.size()));
                switch (rng.bounded(5)) {
                case 0: // flip one bit
                    bytes[at] = char(bytes[at] ^ (1 << rng.bounded(8)));
                    break;
                case 1: // insert a byte, often one that matters to JSON
                    bytes.insert(at, rng.bounded(2) == 0
                                         ? char(rng.bounded(256))
                                         : kInteresting[rng.bounded(int(sizeof kInteresting) - 1)]);
                    break;
                case 2: // delete a run
                    bytes.remove(at, 1 + rng.bounded(16));
                    break;
                case 3: // copy a chunk elsewhere
                    bytes.insert(rng.bounded(int(bytes.size())),
                                 bytes.mid(at, 1 + rng.bounded(64)));
                    break;
                default: // overwrite with a JSON-significant byte
                    bytes[at] = kInteresting[rng.bounded(int(sizeof kInteresting) - 1)];
                    break;
                }
            }
            if (checkInput(bytes, u"byte mutation %1"_s.arg(i), failures))
                ++accepted;
        }
        qInfo("%d of %d byte mutations accepted", accepted, kMutations);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        // Edits inside string values keep the file valid; both outcomes must occur or
        // the mutations are not exercising the reader.
        QVERIFY(accepted > 0);
        QVERIFY(accepted < kMutations);
    }

    void valueMutations()
    {
        const QJsonObject base =
            QJsonDocument::fromJson(document::writeDocument(testdocs::richDocument())).object();
        QVERIFY(!base.isEmpty());
        QStringList ids;
        collectIds(base, ids);
        QRandomGenerator rng(seed(7));
        ValueMutator mutator(rng, ids);
        const int values = countValues(base);
        QStringList failures;
        int accepted = 0;
        const int kMutations = mutations();
        for (int i = 0; i < kMutations; ++i) {
            QJsonValue mutated = base;
            const int operations = 1 + rng.bounded(2);
            for (int op = 0; op < operations; ++op) {
                int index = 1 + rng.bounded(values - 1); // never the root itself
                mutated = mutator.mutate(mutated, index);
            }
            const QByteArray bytes =
                QJsonDocument(mutated.toObject()).toJson(QJsonDocument::Compact);
            if (checkInput(bytes, u"value mutation %1"_s.arg(i), failures))
                ++accepted;
        }
        qInfo("%d of %d value mutations accepted", accepted, kMutations);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        QVERIFY(accepted > 0);
        QVERIFY(accepted < kMutations);
    }
};

QTEST_GUILESS_MAIN(TestDocumentFuzz)
#include "tst_documentfuzz.moc"
