#include "document/historyreader.h"

#include "document/formatvocabulary.h"
#include "document/jsonpath.h"
#include "document/jsonvaluereader.h"

namespace schemata::document {

namespace {
using namespace Qt::StringLiterals;
} // namespace

HistoryReader::HistoryReader(JsonValueReader& json, ModelReader readModel)
    : m_json(json), m_readModel(std::move(readModel))
{}

bool HistoryReader::read(const QJsonObject& o, const JsonPath& at, MigrationHistory& out)
{
    if (!m_json.checkKeys(o, at, {"migrations"_L1, "snapshot"_L1}))
        return false;
    QJsonArray migrations;
    if (!m_json.optionalArray(o, at, "migrations"_L1, migrations))
        return false;
    const JsonPath listAt = at.key("migrations"_L1);
    QJsonObject item;
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const JsonPath itemAt = listAt.index(i);
        if (!m_json.elementObject(migrations.at(i), itemAt, item))
            return false;
        out.migrations.emplace_back();
        if (!readMigration(item, itemAt, out.migrations.back()))
            return false;
    }

    QJsonObject snapshot;
    bool present = false;
    if (!m_json.optionalObject(o, at, "snapshot"_L1, snapshot, present))
        return false;
    if (present) {
        const JsonPath snapshotAt = at.key("snapshot"_L1);
        model::Model model;
        if (!m_readModel(snapshot, snapshotAt, model))
            return false;
        out.snapshot = std::move(model);
    }
    return true;
}

bool HistoryReader::readMigration(const QJsonObject& o, const JsonPath& at, Migration& m)
{
    if (!m_json.checkKeys(o, at,
                          {"id"_L1, "name"_L1, "irreversible"_L1, "checksum"_L1, "scripts"_L1}) ||
        !m_json.requiredString(o, at, "id"_L1, m.id) ||
        !m_json.requiredString(o, at, "name"_L1, m.name) ||
        !m_json.optionalBool(o, at, "irreversible"_L1, m.irreversible) ||
        !m_json.requiredString(o, at, "checksum"_L1, m.checksum))
        return false;
    QJsonObject scripts;
    bool present = false;
    if (!m_json.optionalObject(o, at, "scripts"_L1, scripts, present))
        return false;
    if (!present) {
        const JsonPath scriptsAt = at.key("scripts"_L1);
        return m_json.fail(scriptsAt, QStringLiteral("missing required key"));
    }
    const JsonPath scriptsAt = at.key("scripts"_L1);
    return readScripts(scripts, scriptsAt, m.scripts);
}

bool HistoryReader::readScripts(const QJsonObject& o, const JsonPath& at,
                                QMap<QString, MigrationScript>& out)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString dialect = it.key();
        const JsonPath dialectAt = at.dynamicKey(dialect);
        if (!FormatVocabulary::isDialectName(dialect)) {
            return m_json.fail(dialectAt, QStringLiteral("unknown dialect (expected one of: %1)")
                                              .arg(FormatVocabulary::dialectNames()));
        }
        QJsonObject pair;
        MigrationScript script;
        if (!m_json.elementObject(it.value(), dialectAt, pair) ||
            !m_json.checkKeys(pair, dialectAt, {"up"_L1, "down"_L1}) ||
            !m_json.requiredString(pair, dialectAt, "up"_L1, script.up) ||
            !m_json.requiredString(pair, dialectAt, "down"_L1, script.down))
            return false;
        out.insert(dialect, script);
    }
    return true;
}

} // namespace schemata::document
