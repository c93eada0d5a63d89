#include "document/migrationhistory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace schemata::document {

namespace {

using namespace Qt::StringLiterals;

// Appends "<label>:<byte length>\n<bytes>\n". The length prefix makes the encoding
// unambiguous: no choice of script text can make two different migrations serialise
// to the same bytes (a script containing "\ndown:" cannot fake a field boundary).
void appendField(QByteArray& out, const char* label, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += label;
    out += ':';
    out += QByteArray::number(utf8.size());
    out += '\n';
    out += utf8;
    out += '\n';
}

bool isValidId(const QString& id)
{
    return migrationIdTime(id).has_value();
}

bool isValidName(const QString& name)
{
    static const QRegularExpression snake(u"^[a-z0-9_]+$"_s);
    return snake.match(name).hasMatch();
}

} // namespace

std::optional<QDateTime> migrationIdTime(QStringView id)
{
    static const QRegularExpression digits(u"^[0-9]{14}$"_s);
    if (!digits.matchView(id).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(id.left(8), u"yyyyMMdd");
    const QTime time = QTime::fromString(id.mid(8), u"HHmmss");
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::UTC);
}

QString migrationChecksum(const Migration& migration)
{
    // Canonical serialisation (docs/file-format.md, "Migration checksum"): a version
    // line, then id, name, irreversible and per dialect (QMap: name order) the dialect
    // name, up and down, every text length-prefixed in UTF-8 bytes.
    QByteArray canonical = "schemata-migration-checksum 1\n";
    appendField(canonical, "id", migration.id);
    appendField(canonical, "name", migration.name);
    canonical += migration.irreversible ? "irreversible:1\n" : "irreversible:0\n";
    for (auto it = migration.scripts.cbegin(); it != migration.scripts.cend(); ++it) {
        appendField(canonical, "dialect", it.key());
        appendField(canonical, "up", it.value().up);
        appendField(canonical, "down", it.value().down);
    }
    return u"sha256:"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QStringList validateHistory(const MigrationHistory& history)
{
    QStringList problems;
    const auto label = [](qsizetype i, const Migration& m) {
        return u"$.history.migrations[%1] (%2_%3)"_s.arg(i).arg(m.id, m.name);
    };
    for (qsizetype i = 0; i < history.migrations.size(); ++i) {
        const Migration& m = history.migrations[i];
        const QString at = label(i, m);
        if (!isValidId(m.id)) {
            problems << u"%1: invalid id \"%2\" (expected a UTC time yyyyMMddHHmmss, 14 digits)"_s
                            .arg(at, m.id);
        } else if (i > 0 && isValidId(history.migrations[i - 1].id) &&
                   m.id <= history.migrations[i - 1].id) {
            // Equal-length digit strings compare like the times they spell.
            problems << u"%1: id is not later than the previous migration's id %2 (ids must "
                        u"increase strictly; they order the history)"_s.arg(
                            at, history.migrations[i - 1].id);
        }
        if (!isValidName(m.name)) {
            problems << u"%1: invalid name \"%2\" (expected snake_case: a-z, 0-9 and _)"_s.arg(
                at, m.name);
        }
        if (m.scripts.isEmpty())
            problems << u"%1: no scripts (a migration holds up and down SQL per dialect)"_s.arg(at);
        const QString expected = migrationChecksum(m);
        if (m.checksum != expected) {
            problems << u"%1: checksum mismatch (stored %2, computed %3) — the migration was "
                        u"edited after it was released; restore it or create a new migration"_s.arg(
                            at, m.checksum.isEmpty() ? u"nothing"_s : m.checksum, expected);
        }
    }
    if (!history.migrations.isEmpty() && !history.snapshot) {
        problems << u"$.history.snapshot: missing (the model the latest migration leads to is "
                    u"needed to compute the next migration)"_s;
    }
    if (history.migrations.isEmpty() && history.snapshot) {
        problems << u"$.history.snapshot: present without migrations (a snapshot is the result "
                    u"of the latest migration; replaying the history from empty would not reach "
                    u"it)"_s;
    }
    return problems;
}

} // namespace schemata::document
