#include "document/documentreader.h"

#include "document/duplicatekeyscanner.h"
#include "document/formatvocabulary.h"
#include "document/historyreader.h"
#include "document/jsonpath.h"
#include "document/jsonvaluereader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <climits>
#include <cmath>

namespace schemata::document {

namespace {

using namespace Qt::StringLiterals;

QString quoted(QStringView text)
{
    return JsonValueReader::quoted(text);
}

// Pre-allocation is capped: an array's size is the input's claim, not a promise.
constexpr qsizetype kMaxReserve = 1 << 16;

// "<source>:line:col" of a byte offset in UTF-8 text; columns count characters.
QString position(const QString& source, const QByteArray& bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    const QString lineColumn = QString::number(line) + QLatin1Char(':') + QString::number(column);
    return source.isEmpty() ? lineColumn : source + QLatin1Char(':') + lineColumn;
}

} // namespace

DocumentReader::DocumentReader(QString sourceName, QList<UpgradeStep> upgradeSteps)
    : m_json(std::move(sourceName)), m_upgradeSteps(std::move(upgradeSteps))
{}

core::Result<Document> DocumentReader::read(const QByteArray& input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a BOM some editors add; not part of the JSON
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return core::Error{m_json.source(),
                           QStringLiteral("empty file (expected a Schemata project)")};

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return core::Error{position(m_json.source(), bytes, parseError.offset),
                           parseError.errorString()};
    }
    if (const auto duplicate = DuplicateKeyScanner::find(bytes)) {
        return core::Error{position(m_json.source(), bytes, duplicate->offset),
                           QStringLiteral("duplicate key %1 (an object may hold each key once)")
                               .arg(quoted(duplicate->key))};
    }
    const JsonPath root;
    if (!json.isObject()) {
        m_json.fail(root, QStringLiteral("expected a JSON object, found %1")
                              .arg(QLatin1String(json.isArray() ? "an array" : "a scalar")));
        return m_json.error();
    }
    m_ids.reserve(4096);
    if (!readRoot(json.object()))
        return m_json.error();
    return std::move(m_doc);
}

bool DocumentReader::readRoot(const QJsonObject& input)
{
    const JsonPath at;
    QJsonObject root = input;

    // Format and version come first: a newer file's unknown keys are explained by
    // its version, not reported one by one.
    const JsonPath formatAt = at.key("format"_L1);
    const QJsonValue format = root.value("format"_L1);
    if (format.isUndefined())
        return m_json.fail(formatAt,
                           QStringLiteral("missing required key (not a Schemata project file)"));
    if (!format.isString())
        return m_json.typeError(formatAt, "a string", format);
    if (format.toString() != u"schemata")
        return m_json.fail(formatAt, QStringLiteral("expected \"schemata\", found ") +
                                         quoted(format.toString()));

    int version = 0;
    if (!readVersion(root, at, version))
        return false;
    if (version < Document::kFormatVersion) {
        const core::Status upgraded =
            FormatUpgrade::upgrade(root, version, Document::kFormatVersion, m_upgradeSteps);
        if (!upgraded)
            return m_json.fail(at.key("version"_L1), upgraded.error().toString());
    }

    if (!m_json.checkKeys(root, at,
                          {"format"_L1, "version"_L1, "name"_L1, "dialect"_L1, "model"_L1,
                           "layout"_L1, "history"_L1}))
        return false;
    if (!m_json.optionalString(root, at, "name"_L1, m_doc.name))
        return false;
    bool hasDialect = false;
    QString dialect;
    if (!m_json.optionalString(root, at, "dialect"_L1, dialect, &hasDialect))
        return false;
    if (hasDialect) {
        if (!FormatVocabulary::isDialectName(dialect)) {
            return m_json.fail(at.key("dialect"_L1),
                               QStringLiteral("unknown dialect %1 (expected one of: %2)")
                                   .arg(quoted(dialect), FormatVocabulary::dialectNames()));
        }
        m_doc.dialect = dialect;
    }

    QJsonObject section;
    bool present = false;
    if (!m_json.optionalObject(root, at, "model"_L1, section, present))
        return false;
    if (present) {
        const JsonPath modelAt = at.key("model"_L1);
        if (!readModel(section, modelAt))
            return false;
    }
    if (!m_json.optionalObject(root, at, "layout"_L1, section, present))
        return false;
    if (present) {
        const JsonPath layoutAt = at.key("layout"_L1);
        if (!readLayout(section, layoutAt))
            return false;
    }
    if (!m_json.optionalObject(root, at, "history"_L1, section, present))
        return false;
    if (present) {
        const JsonPath historyAt = at.key("history"_L1);
        HistoryReader history(m_json,
                              [this](const QJsonObject& o, const JsonPath& modelAt,
                                     model::Model& out) { return readSnapshot(o, modelAt, out); });
        if (!history.read(section, historyAt, m_doc.history))
            return false;
    }
    return true;
}

bool DocumentReader::readSnapshot(const QJsonObject& o, const JsonPath& at, model::Model& out)
{
    // The snapshot is a model of its own: it shares IDs with "$.model" (the same objects
    // at an earlier time), so it gets a fresh reader with its own ID table.
    DocumentReader snapshot(m_json.source(), m_upgradeSteps);
    snapshot.m_modelPath = at.toString();
    if (!snapshot.readModel(o, at))
        return m_json.fail(snapshot.m_json.error());
    out = std::move(snapshot.m_doc.model);
    return true;
}

bool DocumentReader::readVersion(const QJsonObject& root, const JsonPath& parent, int& version)
{
    const JsonPath at = parent.key("version"_L1);
    const QJsonValue value = root.value("version"_L1);
    if (value.isUndefined())
        return m_json.fail(at, QStringLiteral("missing required key"));
    if (!value.isDouble())
        return m_json.typeError(at, "an integer", value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < INT_MIN ||
        number > INT_MAX)
        return m_json.fail(at, QStringLiteral("expected an integer, found %1").arg(number));
    version = int(number);
    if (version < 1)
        return m_json.fail(
            at,
            QStringLiteral("unsupported format version %1 (the first format is 1)").arg(version));
    if (version > Document::kFormatVersion) {
        return m_json.fail(
            at, QStringLiteral("saved by a newer Schemata (format %1, this build reads up to %2)")
                    .arg(version)
                    .arg(Document::kFormatVersion));
    }
    return true;
}

// ---------------------------------------------------------------------------------
// model

template <typename T, typename ReadOne>
bool DocumentReader::readList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                              QList<T>& out, ReadOne readOne)
{
    QJsonArray array;
    if (!m_json.optionalArray(o, at, key, array))
        return false;
    const JsonPath listAt = at.key(key);
    out.reserve(std::min<qsizetype>(array.size(), kMaxReserve));
    QJsonObject item;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath itemAt = listAt.index(i);
        if (!m_json.elementObject(array.at(i), itemAt, item))
            return false;
        out.emplace_back();
        if (!readOne(item, itemAt, i, out.back()))
            return false;
    }
    return true;
}

bool DocumentReader::readModel(const QJsonObject& o, const JsonPath& at)
{
    if (!m_json.checkKeys(o, at, {"schemas"_L1, "enums"_L1, "domains"_L1, "tables"_L1, "views"_L1}))
        return false;
    model::Model& m = m_doc.model;

    if (!readList(o, at, "schemas"_L1, m.schemas,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readSchema(json, jsonAt, x);
                  }))
        return false;

    if (!readList(o, at, "enums"_L1, m.enums,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readEnum(json, jsonAt, x);
                  }))
        return false;

    // After the enums (a domain may be over one), before the tables (columns name them).
    if (!readList(o, at, "domains"_L1, m.domains,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readDomain(json, jsonAt, x);
                  }))
        return false;

    if (!readList(o, at, "tables"_L1, m.tables,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype i, auto& x) {
                      return readTable(json, jsonAt, i, x);
                  }))
        return false;

    if (!readList(o, at, "views"_L1, m.views,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readView(json, jsonAt, x);
                  }))
        return false;
    // Foreign keys may point at any table, including later ones.
    return resolveForeignKeys(at);
}

bool DocumentReader::readSchema(const QJsonObject& o, const JsonPath& at, model::Schema& s)
{
    return m_json.checkKeys(o, at, {"id"_L1, "name"_L1, "comment"_L1}) &&
           defineId(o, at, Kind::Schema, -1, s.id) &&
           m_json.optionalString(o, at, "name"_L1, s.name) &&
           m_json.optionalString(o, at, "comment"_L1, s.comment);
}

bool DocumentReader::readEnum(const QJsonObject& o, const JsonPath& at, model::EnumType& e)
{
    if (!m_json.checkKeys(o, at, {"id"_L1, "schema"_L1, "name"_L1, "values"_L1, "comment"_L1}) ||
        !defineId(o, at, Kind::Enum, -1, e.id) ||
        !m_json.optionalReference(o, at, "schema"_L1, e.schemaId))
        return false;
    const JsonPath schemaAt = at.key("schema"_L1);
    if (!e.schemaId.isNull() && !expectKind(e.schemaId, schemaAt, Kind::Schema, "schema"))
        return false;
    return m_json.optionalString(o, at, "name"_L1, e.name) &&
           m_json.stringList(o, at, "values"_L1, e.values) &&
           m_json.optionalString(o, at, "comment"_L1, e.comment);
}

bool DocumentReader::readDomain(const QJsonObject& o, const JsonPath& at, model::DomainType& d)
{
    if (!m_json.checkKeys(o, at,
                          {"id"_L1, "schema"_L1, "name"_L1, "type"_L1, "enum"_L1, "overrides"_L1,
                           "notNull"_L1, "default"_L1, "collation"_L1, "checks"_L1,
                           "comment"_L1}) ||
        !defineId(o, at, Kind::Domain, -1, d.id) ||
        !m_json.optionalReference(o, at, "schema"_L1, d.schemaId))
        return false;
    const JsonPath schemaAt = at.key("schema"_L1);
    if (!d.schemaId.isNull() && !expectKind(d.schemaId, schemaAt, Kind::Schema, "schema"))
        return false;
    if (!m_json.optionalString(o, at, "name"_L1, d.name) || !readType(o, at, d.baseType) ||
        !m_json.optionalBool(o, at, "notNull"_L1, d.notNull) ||
        !m_json.optionalString(o, at, "default"_L1, d.defaultExpression) ||
        !m_json.optionalString(o, at, "collation"_L1, d.collation))
        return false;
    if (!readList(o, at, "checks"_L1, d.checks,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readCheck(json, jsonAt, x);
                  }))
        return false;
    return m_json.optionalString(o, at, "comment"_L1, d.comment);
}

bool DocumentReader::readType(const QJsonObject& o, const JsonPath& at, model::LogicalType& type)
{
    QString text;
    if (!m_json.requiredString(o, at, "type"_L1, text))
        return false;
    // A document repeats a few dozen type texts thousands of times; parse each once.
    auto cached = m_typeCache.constFind(text);
    if (cached == m_typeCache.constEnd())
        cached = m_typeCache.insert(text, model::LogicalType::parse(text));
    const std::optional<model::LogicalType>& parsed = *cached;
    if (!parsed) {
        const JsonPath typeAt = at.key("type"_L1);
        return m_json.fail(typeAt, QStringLiteral("unknown type ") + quoted(text));
    }
    type = *parsed;

    const JsonPath enumAt = at.key("enum"_L1);
    if (type.kind == model::LogicalType::Kind::Enum) {
        if (!m_json.optionalReference(o, at, "enum"_L1, type.enumId, true) ||
            !expectKind(type.enumId, enumAt, Kind::Enum, "enum"))
            return false;
    } else if (o.contains("enum"_L1)) {
        return m_json.fail(enumAt, QStringLiteral("only allowed when \"type\" is \"enum\""));
    }

    QJsonObject item;
    bool present = false;
    if (!m_json.optionalObject(o, at, "overrides"_L1, item, present))
        return false;
    if (present) {
        const JsonPath overridesAt = at.key("overrides"_L1);
        if (!readOverrides(item, overridesAt, type.overrides))
            return false;
    }
    return true;
}

bool DocumentReader::readView(const QJsonObject& o, const JsonPath& at, model::View& v)
{
    if (!m_json.checkKeys(o, at, {"id"_L1, "schema"_L1, "name"_L1, "sql"_L1, "comment"_L1}) ||
        !defineId(o, at, Kind::View, -1, v.id) ||
        !m_json.optionalReference(o, at, "schema"_L1, v.schemaId))
        return false;
    const JsonPath schemaAt = at.key("schema"_L1);
    if (!v.schemaId.isNull() && !expectKind(v.schemaId, schemaAt, Kind::Schema, "schema"))
        return false;
    return m_json.optionalString(o, at, "name"_L1, v.name) &&
           m_json.optionalString(o, at, "sql"_L1, v.sql) &&
           m_json.optionalString(o, at, "comment"_L1, v.comment);
}

bool DocumentReader::readTable(const QJsonObject& o, const JsonPath& at, qsizetype index,
                               model::Table& t)
{
    if (!m_json.checkKeys(o, at,
                          {"id"_L1, "schema"_L1, "name"_L1, "comment"_L1, "columns"_L1,
                           "primaryKey"_L1, "uniques"_L1, "checks"_L1, "foreignKeys"_L1,
                           "indexes"_L1}) ||
        !defineId(o, at, Kind::Table, index, t.id) ||
        !m_json.optionalReference(o, at, "schema"_L1, t.schemaId))
        return false;
    const JsonPath schemaAt = at.key("schema"_L1);
    if (!t.schemaId.isNull() && !expectKind(t.schemaId, schemaAt, Kind::Schema, "schema"))
        return false;
    if (!m_json.optionalString(o, at, "name"_L1, t.name) ||
        !m_json.optionalString(o, at, "comment"_L1, t.comment))
        return false;

    QJsonObject item;
    if (!readList(o, at, "columns"_L1, t.columns,
                  [this, index](const QJsonObject& json, const JsonPath& jsonAt, qsizetype,
                                auto& x) { return readColumn(json, jsonAt, index, x); }))
        return false;

    bool present = false;
    if (!m_json.optionalObject(o, at, "primaryKey"_L1, item, present))
        return false;
    if (present) {
        const JsonPath pkAt = at.key("primaryKey"_L1);
        model::KeyConstraint pk;
        if (!readKeyConstraint(item, pkAt, index, pk))
            return false;
        t.primaryKey = std::move(pk);
    }

    if (!readList(o, at, "uniques"_L1, t.uniques,
                  [this, index](const QJsonObject& json, const JsonPath& jsonAt, qsizetype,
                                auto& x) { return readKeyConstraint(json, jsonAt, index, x); }))
        return false;

    if (!readList(o, at, "checks"_L1, t.checks,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readCheck(json, jsonAt, x);
                  }))
        return false;

    if (!readList(o, at, "foreignKeys"_L1, t.foreignKeys,
                  [this, index](const QJsonObject& json, const JsonPath& jsonAt, qsizetype,
                                auto& x) { return readForeignKey(json, jsonAt, index, x); }))
        return false;

    if (!readList(o, at, "indexes"_L1, t.indexes,
                  [this, index](const QJsonObject& json, const JsonPath& jsonAt, qsizetype,
                                auto& x) { return readIndex(json, jsonAt, index, x); }))
        return false;
    return true;
}

bool DocumentReader::readColumn(const QJsonObject& o, const JsonPath& at, qsizetype table,
                                model::Column& c)
{
    if (!m_json.checkKeys(o, at,
                          {"id"_L1, "name"_L1, "type"_L1, "enum"_L1, "overrides"_L1, "domain"_L1,
                           "nullable"_L1, "default"_L1, "identity"_L1, "generated"_L1,
                           "collation"_L1, "comment"_L1, "pii"_L1, "retention"_L1}) ||
        !defineId(o, at, Kind::Column, table, c.id) ||
        !m_json.optionalString(o, at, "name"_L1, c.name) || !readType(o, at, c.type) ||
        !m_json.optionalReference(o, at, "domain"_L1, c.type.domainId))
        return false;
    // The column's type fields repeat the domain's base type; a mismatch is the
    // validator's warning, not a reading error (the file says what it says).
    const JsonPath domainAt = at.key("domain"_L1);
    if (!c.type.domainId.isNull() && !expectKind(c.type.domainId, domainAt, Kind::Domain, "domain"))
        return false;

    QString text;
    QJsonObject item;
    bool present = false;
    if (!m_json.optionalBool(o, at, "nullable"_L1, c.nullable))
        return false;

    if (!m_json.optionalObject(o, at, "default"_L1, item, present))
        return false;
    if (present) {
        const JsonPath defaultAt = at.key("default"_L1);
        if (!readColumnDefault(item, defaultAt, c.defaultValue))
            return false;
    }

    if (!m_json.optionalString(o, at, "identity"_L1, text, &present))
        return false;
    if (present) {
        const auto identity = FormatVocabulary::identityFromName(text);
        if (!identity) {
            const JsonPath identityAt = at.key("identity"_L1);
            return m_json.fail(identityAt,
                               QStringLiteral("invalid value %1 (expected one of: %2)")
                                   .arg(quoted(text), FormatVocabulary::identityNames()));
        }
        c.identity = *identity;
    }

    if (!m_json.optionalObject(o, at, "generated"_L1, item, present))
        return false;
    if (present) {
        const JsonPath generatedAt = at.key("generated"_L1);
        if (!m_json.checkKeys(item, generatedAt, {"expression"_L1, "stored"_L1}) ||
            !m_json.requiredString(item, generatedAt, "expression"_L1, c.generatedExpression) ||
            !m_json.optionalBool(item, generatedAt, "stored"_L1, c.generatedStored))
            return false;
        if (c.generatedExpression.isEmpty()) {
            const JsonPath expressionAt = generatedAt.key("expression"_L1);
            return m_json.fail(expressionAt, QStringLiteral("must not be empty"));
        }
    }

    if (!m_json.optionalString(o, at, "collation"_L1, c.collation) ||
        !m_json.optionalString(o, at, "comment"_L1, c.comment))
        return false;

    if (!m_json.optionalString(o, at, "pii"_L1, text, &present))
        return false;
    if (present) {
        const auto pii = model::piiCategoryFromName(text);
        if (!pii) {
            const JsonPath piiAt = at.key("pii"_L1);
            return m_json.fail(piiAt, QStringLiteral("invalid value %1 (expected one of: %2)")
                                          .arg(quoted(text), FormatVocabulary::piiNames()));
        }
        c.pii = *pii;
    }
    return m_json.optionalString(o, at, "retention"_L1, c.retention);
}

bool DocumentReader::readOverrides(const QJsonObject& o, const JsonPath& at,
                                   QMap<QString, QString>& out)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString dialect = it.key();
        const JsonPath itemAt = at.dynamicKey(dialect);
        if (!FormatVocabulary::isDialectName(dialect)) {
            return m_json.fail(itemAt, QStringLiteral("unknown dialect %1 (expected one of: %2)")
                                           .arg(quoted(dialect), FormatVocabulary::dialectNames()));
        }
        const QJsonValue value = it.value();
        if (!value.isString())
            return m_json.typeError(itemAt, "a string", value);
        out.insert(dialect, value.toString());
    }
    return true;
}

bool DocumentReader::readColumnDefault(const QJsonObject& o, const JsonPath& at,
                                       model::ColumnDefault& d)
{
    QString kind;
    if (!m_json.checkKeys(o, at, {"kind"_L1, "value"_L1}) ||
        !m_json.requiredString(o, at, "kind"_L1, kind))
        return false;
    const auto parsed = FormatVocabulary::defaultKindFromName(kind);
    if (!parsed) {
        const JsonPath kindAt = at.key("kind"_L1);
        return m_json.fail(kindAt, QStringLiteral("invalid value %1 (expected one of: %2)")
                                       .arg(quoted(kind), FormatVocabulary::defaultKindNames()));
    }
    d.kind = *parsed;
    return m_json.optionalString(o, at, "value"_L1, d.value);
}

bool DocumentReader::readKeyConstraint(const QJsonObject& o, const JsonPath& at, qsizetype table,
                                       model::KeyConstraint& k)
{
    const JsonPath columnsAt = at.key("columns"_L1);
    return m_json.checkKeys(o, at, {"id"_L1, "name"_L1, "columns"_L1}) &&
           defineId(o, at, Kind::Constraint, table, k.id) &&
           m_json.optionalString(o, at, "name"_L1, k.name) &&
           m_json.referenceList(o, at, "columns"_L1, k.columnIds) &&
           expectColumnsOf(k.columnIds, columnsAt, table);
}

bool DocumentReader::readCheck(const QJsonObject& o, const JsonPath& at, model::CheckConstraint& c)
{
    return m_json.checkKeys(o, at, {"id"_L1, "name"_L1, "expression"_L1}) &&
           defineId(o, at, Kind::Constraint, -1, c.id) &&
           m_json.optionalString(o, at, "name"_L1, c.name) &&
           m_json.optionalString(o, at, "expression"_L1, c.expression);
}

bool DocumentReader::readForeignKey(const QJsonObject& o, const JsonPath& at, qsizetype table,
                                    model::ForeignKey& fk)
{
    const JsonPath columnsAt = at.key("columns"_L1);
    if (!m_json.checkKeys(o, at,
                          {"id"_L1, "name"_L1, "columns"_L1, "references"_L1, "onDelete"_L1,
                           "onUpdate"_L1, "deferrable"_L1, "initiallyDeferred"_L1}) ||
        !defineId(o, at, Kind::Constraint, table, fk.id) ||
        !m_json.optionalString(o, at, "name"_L1, fk.name) ||
        !m_json.referenceList(o, at, "columns"_L1, fk.columnIds) ||
        !expectColumnsOf(fk.columnIds, columnsAt, table))
        return false;

    const JsonPath referencesAt = at.key("references"_L1);
    QJsonObject references;
    bool present = false;
    if (!m_json.optionalObject(o, at, "references"_L1, references, present))
        return false;
    if (!present)
        return m_json.fail(referencesAt, QStringLiteral("missing required key"));
    if (!m_json.checkKeys(references, referencesAt, {"table"_L1, "columns"_L1}) ||
        !m_json.optionalReference(references, referencesAt, "table"_L1, fk.referencedTableId,
                                  true) ||
        !m_json.referenceList(references, referencesAt, "columns"_L1, fk.referencedColumnIds))
        return false;
    if (fk.referencedColumnIds.size() != fk.columnIds.size()) {
        const JsonPath referencedAt = referencesAt.key("columns"_L1);
        return m_json.fail(
            referencedAt,
            QStringLiteral("%1 referenced column(s) for %2 column(s); the counts must match")
                .arg(fk.referencedColumnIds.size())
                .arg(fk.columnIds.size()));
    }

    const std::pair<QLatin1StringView, model::ReferentialAction*> actions[] = {
        {"onDelete"_L1, &fk.onDelete}, {"onUpdate"_L1, &fk.onUpdate}};
    for (const auto& [key, action] : actions) {
        QString word;
        if (!m_json.optionalString(o, at, key, word, &present))
            return false;
        if (!present)
            continue;
        const auto parsed = model::referentialActionFromName(word);
        // The model's lookup ignores case; the format has one spelling per action.
        if (!parsed || model::referentialActionName(*parsed) != word) {
            const JsonPath actionAt = at.key(key);
            return m_json.fail(actionAt,
                               QStringLiteral("invalid value %1 (expected one of: %2)")
                                   .arg(quoted(word), FormatVocabulary::referentialActionNames()));
        }
        *action = *parsed;
    }
    return m_json.optionalBool(o, at, "deferrable"_L1, fk.deferrable) &&
           m_json.optionalBool(o, at, "initiallyDeferred"_L1, fk.initiallyDeferred);
}

bool DocumentReader::readIndex(const QJsonObject& o, const JsonPath& at, qsizetype table,
                               model::Index& index)
{
    if (!m_json.checkKeys(
            o, at,
            {"id"_L1, "name"_L1, "unique"_L1, "keys"_L1, "where"_L1, "include"_L1, "method"_L1}) ||
        !defineId(o, at, Kind::Constraint, table, index.id) ||
        !m_json.optionalString(o, at, "name"_L1, index.name) ||
        !m_json.optionalBool(o, at, "unique"_L1, index.unique))
        return false;

    if (!readList(o, at, "keys"_L1, index.keys,
                  [this, table](const QJsonObject& json, const JsonPath& jsonAt, qsizetype,
                                auto& x) { return readIndexKey(json, jsonAt, table, x); }))
        return false;
    const JsonPath includeAt = at.key("include"_L1);
    return m_json.optionalString(o, at, "where"_L1, index.where) &&
           m_json.referenceList(o, at, "include"_L1, index.includeColumnIds) &&
           expectColumnsOf(index.includeColumnIds, includeAt, table) &&
           m_json.optionalString(o, at, "method"_L1, index.method);
}

bool DocumentReader::readIndexKey(const QJsonObject& o, const JsonPath& at, qsizetype table,
                                  model::IndexKey& key)
{
    bool hasExpression = false;
    if (!m_json.checkKeys(o, at, {"column"_L1, "expression"_L1, "sort"_L1, "nulls"_L1}) ||
        !m_json.optionalReference(o, at, "column"_L1, key.columnId) ||
        !m_json.optionalString(o, at, "expression"_L1, key.expression, &hasExpression))
        return false;
    if (key.columnId.isNull() == !hasExpression) {
        return m_json.fail(at, key.columnId.isNull()
                                   ? QStringLiteral("needs either \"column\" or \"expression\"")
                                   : QStringLiteral("has both \"column\" and \"expression\"; "
                                                    "a key is one or the other"));
    }
    if (hasExpression && key.expression.isEmpty()) {
        const JsonPath expressionAt = at.key("expression"_L1);
        return m_json.fail(expressionAt, QStringLiteral("must not be empty"));
    }
    const JsonPath columnAt = at.key("column"_L1);
    if (!key.columnId.isNull() && !expectColumnOf(key.columnId, columnAt, table))
        return false;

    QString word;
    bool present = false;
    if (!m_json.optionalString(o, at, "sort"_L1, word, &present))
        return false;
    if (present) {
        const auto sort = FormatVocabulary::sortFromName(word);
        if (!sort) {
            const JsonPath sortAt = at.key("sort"_L1);
            return m_json.fail(sortAt, QStringLiteral("invalid value %1 (expected one of: %2)")
                                           .arg(quoted(word), FormatVocabulary::sortNames()));
        }
        key.sort = *sort;
    }
    if (!m_json.optionalString(o, at, "nulls"_L1, word, &present))
        return false;
    if (present) {
        const auto nulls = FormatVocabulary::nullsFromName(word);
        if (!nulls) {
            const JsonPath nullsAt = at.key("nulls"_L1);
            return m_json.fail(nullsAt, QStringLiteral("invalid value %1 (expected one of: %2)")
                                            .arg(quoted(word), FormatVocabulary::nullsNames()));
        }
        key.nulls = *nulls;
    }
    return true;
}

bool DocumentReader::resolveForeignKeys(const JsonPath& modelAt)
{
    const JsonPath tablesAt = modelAt.key("tables"_L1);
    const QList<model::Table>& tables = m_doc.model.tables;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const JsonPath tableAt = tablesAt.index(t);
        const JsonPath fksAt = tableAt.key("foreignKeys"_L1);
        for (qsizetype f = 0; f < tables[t].foreignKeys.size(); ++f) {
            const model::ForeignKey& fk = tables[t].foreignKeys[f];
            const JsonPath fkAt = fksAt.index(f);
            const JsonPath referencesAt = fkAt.key("references"_L1);
            const JsonPath tableRefAt = referencesAt.key("table"_L1);
            const JsonPath columnsAt = referencesAt.key("columns"_L1);
            if (!expectKind(fk.referencedTableId, tableRefAt, Kind::Table, "table"))
                return false;
            if (!expectColumnsOf(fk.referencedColumnIds, columnsAt,
                                 m_ids.value(fk.referencedTableId).table))
                return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------
// layout

bool DocumentReader::readLayout(const QJsonObject& o, const JsonPath& at)
{
    if (!m_json.checkKeys(o, at, {"nodes"_L1, "subjectAreas"_L1, "notes"_L1}))
        return false;
    DiagramLayout& layout = m_doc.layout;

    QJsonObject item;
    bool present = false;
    if (!m_json.optionalObject(o, at, "nodes"_L1, item, present))
        return false;
    if (present) {
        const JsonPath nodesAt = at.key("nodes"_L1);
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            const QString id = it.key();
            const JsonPath nodeAt = nodesAt.dynamicKey(id);
            QJsonObject node;
            NodeLayout n;
            if (!expectDiagramObject(id, nodeAt) ||
                !m_json.elementObject(it.value(), nodeAt, node) || !readNode(node, nodeAt, n))
                return false;
            layout.nodes.insert(core::Id(id), n);
        }
    }

    if (!readList(o, at, "subjectAreas"_L1, layout.subjectAreas,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readSubjectArea(json, jsonAt, x);
                  }))
        return false;

    if (!readList(o, at, "notes"_L1, layout.notes,
                  [this](const QJsonObject& json, const JsonPath& jsonAt, qsizetype, auto& x) {
                      return readNote(json, jsonAt, x);
                  }))
        return false;
    return true;
}

bool DocumentReader::readNode(const QJsonObject& o, const JsonPath& at, NodeLayout& n)
{
    return m_json.checkKeys(o, at, {"x"_L1, "y"_L1, "width"_L1, "height"_L1, "color"_L1}) &&
           m_json.optionalNumber(o, at, "x"_L1, n.x, false) &&
           m_json.optionalNumber(o, at, "y"_L1, n.y, false) &&
           m_json.optionalNumber(o, at, "width"_L1, n.width, true) &&
           m_json.optionalNumber(o, at, "height"_L1, n.height, true) &&
           m_json.optionalString(o, at, "color"_L1, n.color);
}

bool DocumentReader::readSubjectArea(const QJsonObject& o, const JsonPath& at, SubjectArea& a)
{
    if (!m_json.checkKeys(o, at, {"id"_L1, "name"_L1, "color"_L1, "members"_L1}) ||
        !defineId(o, at, Kind::SubjectArea, -1, a.id) ||
        !m_json.optionalString(o, at, "name"_L1, a.name) ||
        !m_json.optionalString(o, at, "color"_L1, a.color) ||
        !m_json.referenceList(o, at, "members"_L1, a.memberIds))
        return false;
    const JsonPath membersAt = at.key("members"_L1);
    for (qsizetype i = 0; i < a.memberIds.size(); ++i) {
        const JsonPath memberAt = membersAt.index(i);
        if (!expectDiagramObject(a.memberIds[i].toString(), memberAt))
            return false;
    }
    return true;
}

bool DocumentReader::readNote(const QJsonObject& o, const JsonPath& at, Note& n)
{
    return m_json.checkKeys(o, at, {"id"_L1, "text"_L1, "x"_L1, "y"_L1, "width"_L1, "height"_L1}) &&
           defineId(o, at, Kind::Note, -1, n.id) &&
           m_json.optionalString(o, at, "text"_L1, n.text) &&
           m_json.optionalNumber(o, at, "x"_L1, n.x, false) &&
           m_json.optionalNumber(o, at, "y"_L1, n.y, false) &&
           m_json.optionalNumber(o, at, "width"_L1, n.width, true) &&
           m_json.optionalNumber(o, at, "height"_L1, n.height, true);
}

// ---------------------------------------------------------------------------------
// helpers

bool DocumentReader::defineId(const QJsonObject& o, const JsonPath& at, Kind kind, qsizetype table,
                              core::Id& out)
{
    core::Id id;
    if (!m_json.optionalReference(o, at, "id"_L1, id, true))
        return false;
    if (m_ids.contains(id)) {
        const JsonPath idAt = at.key("id"_L1);
        return m_json.fail(idAt, QStringLiteral("duplicate id %1 (first used at %2)")
                                     .arg(quoted(id.toString()), definitionPath(id)));
    }
    m_ids.emplace(id, IdEntry{kind, table});
    out = std::move(id);
    return true;
}

QString DocumentReader::definitionPath(const core::Id& id) const
{
    // Only needed for a duplicate-ID message, so the first definition is looked up in
    // what has been read so far (in reading order) instead of storing a path per ID.
    // The object being read has not received its id yet, so it is never found here.
    const model::Model& m = m_doc.model;
    const auto find = [&id](const auto& list) -> qsizetype {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return i;
        }
        return -1;
    };
    const auto at = [this](const char* path, qsizetype i) {
        return QString::fromLatin1(path).replace("$.model"_L1, m_modelPath).arg(i);
    };
    if (const qsizetype i = find(m.schemas); i >= 0)
        return at("$.model.schemas[%1].id", i);
    if (const qsizetype i = find(m.enums); i >= 0)
        return at("$.model.enums[%1].id", i);
    for (qsizetype d = 0; d < m.domains.size(); ++d) {
        if (m.domains[d].id == id)
            return at("$.model.domains[%1].id", d);
        if (const qsizetype i = find(m.domains[d].checks); i >= 0)
            return at("$.model.domains[%1]", d) + at(".checks[%1].id", i);
    }
    for (qsizetype t = 0; t < m.tables.size(); ++t) {
        const model::Table& table = m.tables[t];
        const QString tableAt = at("$.model.tables[%1]", t);
        if (table.id == id)
            return tableAt + u".id"_s;
        if (const qsizetype i = find(table.columns); i >= 0)
            return tableAt + at(".columns[%1].id", i);
        if (table.primaryKey && table.primaryKey->id == id)
            return tableAt + u".primaryKey.id"_s;
        if (const qsizetype i = find(table.uniques); i >= 0)
            return tableAt + at(".uniques[%1].id", i);
        if (const qsizetype i = find(table.checks); i >= 0)
            return tableAt + at(".checks[%1].id", i);
        if (const qsizetype i = find(table.foreignKeys); i >= 0)
            return tableAt + at(".foreignKeys[%1].id", i);
        if (const qsizetype i = find(table.indexes); i >= 0)
            return tableAt + at(".indexes[%1].id", i);
    }
    if (const qsizetype i = find(m.views); i >= 0)
        return at("$.model.views[%1].id", i);
    if (const qsizetype i = find(m_doc.layout.subjectAreas); i >= 0)
        return at("$.layout.subjectAreas[%1].id", i);
    if (const qsizetype i = find(m_doc.layout.notes); i >= 0)
        return at("$.layout.notes[%1].id", i);
    return u"an earlier object"_s;
}

bool DocumentReader::expectKind(const core::Id& id, const JsonPath& at, Kind kind, const char* what)
{
    const auto it = m_ids.constFind(id);
    if (it == m_ids.constEnd() || it->kind != kind) {
        return m_json.fail(
            at, QStringLiteral("unknown %1 id %2").arg(QLatin1String(what), quoted(id.toString())));
    }
    return true;
}

bool DocumentReader::expectColumnOf(const core::Id& id, const JsonPath& at, qsizetype table)
{
    const auto it = m_ids.constFind(id);
    if (it == m_ids.constEnd() || it->kind != Kind::Column || it->table != table) {
        return m_json.fail(at, QStringLiteral("unknown column id %1 (not a column of table %2)")
                                   .arg(quoted(id.toString()), quoted(tableLabel(table))));
    }
    return true;
}

bool DocumentReader::expectColumnsOf(const QList<core::Id>& ids, const JsonPath& listAt,
                                     qsizetype table)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const JsonPath itemAt = listAt.index(i);
        if (!expectColumnOf(ids[i], itemAt, table))
            return false;
    }
    return true;
}

bool DocumentReader::expectDiagramObject(QStringView id, const JsonPath& at)
{
    const auto it = m_ids.constFind(core::Id(id.toString()));
    if (it == m_ids.constEnd() || (it->kind != Kind::Table && it->kind != Kind::View))
        return m_json.fail(at, QStringLiteral("unknown table or view id %1").arg(quoted(id)));
    return true;
}

QString DocumentReader::tableLabel(qsizetype table) const
{
    if (table < 0 || table >= m_doc.model.tables.size())
        return {};
    const model::Table& t = m_doc.model.tables[table];
    return t.name.isEmpty() ? t.id.toString() : t.name;
}

} // namespace schemata::document
