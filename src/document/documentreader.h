#pragma once

#include "core/result.h"
#include "document/document.h"
#include "document/formatupgrade.h"
#include "document/jsonvaluereader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace schemata::document {

class JsonPath;

// Turns the bytes of a *.schemata file into a Document, checking everything the
// format promises (docs/file-format.md): syntax, format name and version, required
// keys, value types, unknown keys, enumeration words, logical types, unique IDs and
// resolvable references. Stops at the first problem and returns it as an Error whose
// `where` is "<source>: <JSON path>" (or "<source>:line:col" for syntax errors); never
// returns a partially read document. One reader reads one input.
class DocumentReader
{
public:
    explicit DocumentReader(QString sourceName,
                            QList<UpgradeStep> upgradeSteps = FormatUpgrade::steps());

    core::Result<Document> read(const QByteArray& bytes);

private:
    // What an ID names, so a reference can be checked against the right kind of
    // object; `table` is the owning table's index for columns.
    enum class Kind : quint8
    {
        Schema,
        Enum,
        Domain,
        Table,
        View,
        Column,
        Constraint,
        SubjectArea,
        Note
    };
    struct IdEntry
    {
        Kind kind;
        qsizetype table;
    };

    bool readRoot(const QJsonObject& root);
    bool readVersion(const QJsonObject& root, const JsonPath& at, int& version);
    bool readModel(const QJsonObject& o, const JsonPath& at);
    bool readSchema(const QJsonObject& o, const JsonPath& at, model::Schema& s);
    bool readEnum(const QJsonObject& o, const JsonPath& at, model::EnumType& e);
    bool readDomain(const QJsonObject& o, const JsonPath& at, model::DomainType& d);
    // "type", "enum" and "overrides" of a column or a domain's base type.
    bool readType(const QJsonObject& o, const JsonPath& at, model::LogicalType& type);
    bool readView(const QJsonObject& o, const JsonPath& at, model::View& v);
    bool readTable(const QJsonObject& o, const JsonPath& at, qsizetype index, model::Table& t);
    bool readColumn(const QJsonObject& o, const JsonPath& at, qsizetype table, model::Column& c);
    bool readColumnDefault(const QJsonObject& o, const JsonPath& at, model::ColumnDefault& d);
    bool readOverrides(const QJsonObject& o, const JsonPath& at, QMap<QString, QString>& out);
    bool readKeyConstraint(const QJsonObject& o, const JsonPath& at, qsizetype table,
                           model::KeyConstraint& k);
    bool readCheck(const QJsonObject& o, const JsonPath& at, model::CheckConstraint& c);
    bool readForeignKey(const QJsonObject& o, const JsonPath& at, qsizetype table,
                        model::ForeignKey& fk);
    bool readIndex(const QJsonObject& o, const JsonPath& at, qsizetype table, model::Index& index);
    bool readIndexKey(const QJsonObject& o, const JsonPath& at, qsizetype table,
                      model::IndexKey& key);
    bool resolveForeignKeys(const JsonPath& modelAt);
    bool readSnapshot(const QJsonObject& o, const JsonPath& at, model::Model& out);
    bool readLayout(const QJsonObject& o, const JsonPath& at);
    bool readNode(const QJsonObject& o, const JsonPath& at, NodeLayout& n);
    bool readSubjectArea(const QJsonObject& o, const JsonPath& at, SubjectArea& a);
    bool readNote(const QJsonObject& o, const JsonPath& at, Note& n);

    // Reads the array `key` of `o` (missing = empty), appending one element per JSON
    // object: readOne(json, jsonAt, index, element). Elements are appended as they
    // are read, so a huge array of garbage fails at its first element instead of
    // allocating a model object for every entry first.
    template <typename T, typename ReadOne>
    bool readList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key, QList<T>& out,
                  ReadOne readOne);

    // Registers an object's "id" (unique across the document) and what it names.
    bool defineId(const QJsonObject& o, const JsonPath& at, Kind kind, qsizetype table,
                  core::Id& out);
    bool expectKind(const core::Id& id, const JsonPath& at, Kind kind, const char* what);
    bool expectColumnOf(const core::Id& id, const JsonPath& at, qsizetype table);
    bool expectColumnsOf(const QList<core::Id>& ids, const JsonPath& listAt, qsizetype table);
    bool expectDiagramObject(const QStringView id, const JsonPath& at);
    QString definitionPath(const core::Id& id) const;
    QString tableLabel(qsizetype table) const;

    JsonValueReader m_json;
    QList<UpgradeStep> m_upgradeSteps;
    Document m_doc;
    QHash<core::Id, IdEntry> m_ids;
    QHash<QString, std::optional<model::LogicalType>> m_typeCache;
    QString m_modelPath = QStringLiteral("$.model"); // where definitionPath() looks
};

} // namespace schemata::document
