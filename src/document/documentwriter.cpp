// writeDocument(): the canonical text of a Document (docs/file-format.md). Members are
// written in the documented order and skipped when they hold their default, so one
// model change touches as few lines as possible; layout nodes come out sorted by id
// because DiagramLayout keeps them in a QMap.
#include "document/documentformat.h"
#include "document/formatvocabulary.h"
#include "document/jsonwriter.h"

namespace schemata::document {

namespace {

using namespace Qt::StringLiterals;

const QString& idText(const core::Id& id)
{
    return id.toString();
}

class DocumentWriter
{
public:
    explicit DocumentWriter(const Document& document) : m_doc(document), m_w(estimateSize(document))
    {}

    QByteArray write()
    {
        m_w.beginObject();
        m_w.key("format"_L1);
        m_w.string(u"schemata");
        m_w.key("version"_L1);
        m_w.integer(Document::kFormatVersion);
        optionalString("name"_L1, m_doc.name);
        if (m_doc.dialect != u"sqlite")
            optionalString("dialect"_L1, m_doc.dialect);
        writeModel();
        writeLayout();
        writeHistory();
        m_w.endObject();
        return m_w.finish();
    }

private:
    // Enough for a typical document so the buffer grows at most once or twice.
    static qsizetype estimateSize(const Document& doc)
    {
        qsizetype size = 4096;
        for (const model::Table& t : doc.model.tables)
            size += 400 + t.columns.size() * 160 + (t.foreignKeys.size() + t.indexes.size()) * 300;
        size += doc.layout.nodes.size() * 120;
        for (const Migration& m : doc.history.migrations) {
            for (const MigrationScript& script : m.scripts)
                size += 200 + script.up.size() + script.down.size();
        }
        return size;
    }

    void optionalString(QLatin1StringView key, const QString& value)
    {
        if (value.isEmpty())
            return;
        m_w.key(key);
        m_w.string(value);
    }

    void requiredId(QLatin1StringView key, const core::Id& id)
    {
        m_w.key(key);
        m_w.string(id.toString());
    }

    void optionalId(QLatin1StringView key, const core::Id& id)
    {
        if (!id.isNull())
            requiredId(key, id);
    }

    void optionalTrue(QLatin1StringView key, bool value)
    {
        if (!value)
            return;
        m_w.key(key);
        m_w.boolean(true);
    }

    void idList(QLatin1StringView key, const QList<core::Id>& ids)
    {
        if (ids.isEmpty())
            return;
        m_w.key(key);
        m_w.inlineStringArray(ids, idText);
    }

    void optionalNumber(QLatin1StringView key, double value, double defaultValue)
    {
        // Compare the written forms: a value that rounds to the default is the default.
        if (JsonWriter::formatNumber(value) == JsonWriter::formatNumber(defaultValue))
            return;
        m_w.key(key);
        m_w.number(value);
    }

    template <typename List, typename WriteOne>
    void objectArray(QLatin1StringView key, const List& list, WriteOne writeOne)
    {
        if (list.isEmpty())
            return;
        m_w.key(key);
        m_w.beginArray();
        for (const auto& item : list) {
            m_w.element();
            m_w.beginObject();
            (this->*writeOne)(item);
            m_w.endObject();
        }
        m_w.endArray();
    }

    static bool isEmptyModel(const model::Model& m)
    {
        return m.schemas.isEmpty() && m.enums.isEmpty() && m.domains.isEmpty() &&
               m.tables.isEmpty() && m.views.isEmpty();
    }

    void writeModel()
    {
        if (isEmptyModel(m_doc.model))
            return;
        m_w.key("model"_L1);
        writeModelObject(m_doc.model);
    }

    // The model as one object; also the history's snapshot, so both read back alike.
    void writeModelObject(const model::Model& m)
    {
        m_w.beginObject();
        objectArray("schemas"_L1, m.schemas, &DocumentWriter::writeSchema);
        objectArray("enums"_L1, m.enums, &DocumentWriter::writeEnum);
        objectArray("domains"_L1, m.domains, &DocumentWriter::writeDomain);
        objectArray("tables"_L1, m.tables, &DocumentWriter::writeTable);
        objectArray("views"_L1, m.views, &DocumentWriter::writeView);
        m_w.endObject();
    }

    void writeSchema(const model::Schema& s)
    {
        requiredId("id"_L1, s.id);
        optionalString("name"_L1, s.name);
        optionalString("comment"_L1, s.comment);
    }

    void writeEnum(const model::EnumType& e)
    {
        requiredId("id"_L1, e.id);
        optionalId("schema"_L1, e.schemaId);
        optionalString("name"_L1, e.name);
        if (!e.values.isEmpty()) {
            m_w.key("values"_L1);
            m_w.inlineStringArray(e.values, [](const QString& v) -> const QString& { return v; });
        }
        optionalString("comment"_L1, e.comment);
    }

    void writeDomain(const model::DomainType& d)
    {
        requiredId("id"_L1, d.id);
        optionalId("schema"_L1, d.schemaId);
        optionalString("name"_L1, d.name);
        writeType(d.baseType);
        optionalTrue("notNull"_L1, d.notNull);
        optionalString("default"_L1, d.defaultExpression);
        optionalString("collation"_L1, d.collation);
        objectArray("checks"_L1, d.checks, &DocumentWriter::writeCheck);
        optionalString("comment"_L1, d.comment);
    }

    // "type", "enum" and "overrides" of a column or a domain's base type.
    void writeType(const model::LogicalType& type)
    {
        m_w.key("type"_L1);
        m_w.string(type.toString());
        if (type.kind == model::LogicalType::Kind::Enum)
            requiredId("enum"_L1, type.enumId);
        if (!type.overrides.isEmpty()) {
            m_w.key("overrides"_L1);
            m_w.beginObject();
            for (auto it = type.overrides.cbegin(); it != type.overrides.cend(); ++it) {
                m_w.key(QStringView(it.key()));
                m_w.string(it.value());
            }
            m_w.endObject();
        }
    }

    void writeView(const model::View& v)
    {
        requiredId("id"_L1, v.id);
        optionalId("schema"_L1, v.schemaId);
        optionalString("name"_L1, v.name);
        optionalString("sql"_L1, v.sql);
        optionalString("comment"_L1, v.comment);
    }

    void writeTable(const model::Table& t)
    {
        requiredId("id"_L1, t.id);
        optionalId("schema"_L1, t.schemaId);
        optionalString("name"_L1, t.name);
        optionalString("comment"_L1, t.comment);
        objectArray("columns"_L1, t.columns, &DocumentWriter::writeColumn);
        if (t.primaryKey) {
            m_w.key("primaryKey"_L1);
            m_w.beginObject();
            writeKeyConstraint(*t.primaryKey);
            m_w.endObject();
        }
        objectArray("uniques"_L1, t.uniques, &DocumentWriter::writeKeyConstraint);
        objectArray("checks"_L1, t.checks, &DocumentWriter::writeCheck);
        objectArray("foreignKeys"_L1, t.foreignKeys, &DocumentWriter::writeForeignKey);
        objectArray("indexes"_L1, t.indexes, &DocumentWriter::writeIndex);
    }

    void writeColumn(const model::Column& c)
    {
        requiredId("id"_L1, c.id);
        optionalString("name"_L1, c.name);
        writeType(c.type);
        optionalId("domain"_L1, c.type.domainId);
        if (!c.nullable) {
            m_w.key("nullable"_L1);
            m_w.boolean(false);
        }
        if (c.defaultValue.kind != model::ColumnDefault::Kind::None) {
            m_w.key("default"_L1);
            m_w.beginObject();
            m_w.key("kind"_L1);
            m_w.string(FormatVocabulary::defaultKindName(c.defaultValue.kind));
            optionalString("value"_L1, c.defaultValue.value);
            m_w.endObject();
        }
        if (c.identity != model::Identity::None) {
            m_w.key("identity"_L1);
            m_w.string(FormatVocabulary::identityName(c.identity));
        }
        if (!c.generatedExpression.isEmpty()) {
            m_w.key("generated"_L1);
            m_w.beginObject();
            m_w.key("expression"_L1);
            m_w.string(c.generatedExpression);
            if (!c.generatedStored) {
                m_w.key("stored"_L1);
                m_w.boolean(false);
            }
            m_w.endObject();
        }
        optionalString("collation"_L1, c.collation);
        optionalString("comment"_L1, c.comment);
        if (c.pii != model::PiiCategory::None) {
            m_w.key("pii"_L1);
            m_w.string(model::piiCategoryName(c.pii));
        }
        optionalString("retention"_L1, c.retention);
    }

    void writeKeyConstraint(const model::KeyConstraint& k)
    {
        requiredId("id"_L1, k.id);
        optionalString("name"_L1, k.name);
        idList("columns"_L1, k.columnIds);
    }

    void writeCheck(const model::CheckConstraint& c)
    {
        requiredId("id"_L1, c.id);
        optionalString("name"_L1, c.name);
        optionalString("expression"_L1, c.expression);
    }

    void writeForeignKey(const model::ForeignKey& fk)
    {
        requiredId("id"_L1, fk.id);
        optionalString("name"_L1, fk.name);
        idList("columns"_L1, fk.columnIds);
        m_w.key("references"_L1);
        m_w.beginObject();
        requiredId("table"_L1, fk.referencedTableId);
        idList("columns"_L1, fk.referencedColumnIds);
        m_w.endObject();
        if (fk.onDelete != model::ReferentialAction::NoAction) {
            m_w.key("onDelete"_L1);
            m_w.string(model::referentialActionName(fk.onDelete));
        }
        if (fk.onUpdate != model::ReferentialAction::NoAction) {
            m_w.key("onUpdate"_L1);
            m_w.string(model::referentialActionName(fk.onUpdate));
        }
        optionalTrue("deferrable"_L1, fk.deferrable);
        optionalTrue("initiallyDeferred"_L1, fk.initiallyDeferred);
    }

    void writeIndex(const model::Index& index)
    {
        requiredId("id"_L1, index.id);
        optionalString("name"_L1, index.name);
        optionalTrue("unique"_L1, index.unique);
        objectArray("keys"_L1, index.keys, &DocumentWriter::writeIndexKey);
        optionalString("where"_L1, index.where);
        idList("include"_L1, index.includeColumnIds);
        optionalString("method"_L1, index.method);
    }

    void writeIndexKey(const model::IndexKey& key)
    {
        optionalId("column"_L1, key.columnId);
        optionalString("expression"_L1, key.expression);
        if (key.sort != model::IndexKey::Sort::Asc) {
            m_w.key("sort"_L1);
            m_w.string(FormatVocabulary::sortName(key.sort));
        }
        if (key.nulls != model::IndexKey::Nulls::Default) {
            m_w.key("nulls"_L1);
            m_w.string(FormatVocabulary::nullsName(key.nulls));
        }
    }

    void writeLayout()
    {
        const DiagramLayout& l = m_doc.layout;
        if (l.nodes.isEmpty() && l.subjectAreas.isEmpty() && l.notes.isEmpty())
            return;
        m_w.key("layout"_L1);
        m_w.beginObject();
        if (!l.nodes.isEmpty()) {
            m_w.key("nodes"_L1);
            m_w.beginObject();
            for (auto it = l.nodes.cbegin(); it != l.nodes.cend(); ++it) {
                m_w.key(QStringView(it.key().toString()));
                m_w.beginObject();
                writeNode(it.value());
                m_w.endObject();
            }
            m_w.endObject();
        }
        objectArray("subjectAreas"_L1, l.subjectAreas, &DocumentWriter::writeSubjectArea);
        objectArray("notes"_L1, l.notes, &DocumentWriter::writeNote);
        m_w.endObject();
    }

    void writeNode(const NodeLayout& n)
    {
        optionalNumber("x"_L1, n.x, 0);
        optionalNumber("y"_L1, n.y, 0);
        optionalNumber("width"_L1, n.width, 0);
        optionalNumber("height"_L1, n.height, 0);
        optionalString("color"_L1, n.color);
    }

    void writeSubjectArea(const SubjectArea& a)
    {
        requiredId("id"_L1, a.id);
        optionalString("name"_L1, a.name);
        optionalString("color"_L1, a.color);
        idList("members"_L1, a.memberIds);
    }

    // "history" is absent while there is no migration, so documents without one keep
    // their bytes. The snapshot is written even when it is an empty model ("{}"): a
    // history whose latest migration dropped everything still has a snapshot.
    void writeHistory()
    {
        const MigrationHistory& h = m_doc.history;
        if (h.migrations.isEmpty() && !h.snapshot)
            return;
        m_w.key("history"_L1);
        m_w.beginObject();
        objectArray("migrations"_L1, h.migrations, &DocumentWriter::writeMigration);
        if (h.snapshot) {
            m_w.key("snapshot"_L1);
            writeModelObject(*h.snapshot);
        }
        m_w.endObject();
    }

    void writeMigration(const Migration& m)
    {
        m_w.key("id"_L1);
        m_w.string(m.id);
        m_w.key("name"_L1);
        m_w.string(m.name);
        optionalTrue("irreversible"_L1, m.irreversible);
        m_w.key("checksum"_L1);
        m_w.string(m.checksum);
        m_w.key("scripts"_L1);
        m_w.beginObject();
        for (auto it = m.scripts.cbegin(); it != m.scripts.cend(); ++it) {
            m_w.key(QStringView(it.key()));
            m_w.beginObject();
            m_w.key("up"_L1);
            m_w.string(it.value().up);
            m_w.key("down"_L1);
            m_w.string(it.value().down);
            m_w.endObject();
        }
        m_w.endObject();
    }

    void writeNote(const Note& n)
    {
        requiredId("id"_L1, n.id);
        optionalString("text"_L1, n.text);
        optionalNumber("x"_L1, n.x, 0);
        optionalNumber("y"_L1, n.y, 0);
        optionalNumber("width"_L1, n.width, Note().width);
        optionalNumber("height"_L1, n.height, Note().height);
    }

    const Document& m_doc;
    JsonWriter m_w;
};

} // namespace

QByteArray writeDocument(const Document& document)
{
    return DocumentWriter(document).write();
}

} // namespace schemata::document
