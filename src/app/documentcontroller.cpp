#include "app/documentcontroller.h"

#include "app/snapshotcommand.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "model/dependents.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace schemata::app {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");

core::Error unknownObject(const core::Id& id)
{
    return core::Error{id.toString(),
                       QCoreApplication::translate("DocumentController", "no such object")};
}

// The table owning a column, as a mutable pointer into `doc`.
model::Table* owningTable(document::Document& doc, const core::Id& columnId)
{
    for (auto& table : doc.model.tables) {
        if (table.column(columnId))
            return &table;
    }
    return nullptr;
}

} // namespace

DocumentController::DocumentController(QSettings* settings, quint64 seed, QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_settings(settings),
      m_ids(seed == 0 ? core::IdGenerator() : core::IdGenerator(seed))
{
    if (m_settings)
        m_recentFiles = m_settings->value(kRecentFilesKey).toStringList().mid(0, kMaxRecentFiles);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

DocumentController::~DocumentController() = default;

QString DocumentController::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_filePath).fileName();
}

bool DocumentController::isDirty() const
{
    return !m_undoStack->isClean();
}

void DocumentController::newDocument()
{
    setDocument(document::Document{});
}

void DocumentController::setDocument(const document::Document& document, const QString& filePath)
{
    const bool wasDirty = isDirty();
    // Clearing first so that no command can replay into the new document.
    m_undoStack->clear();
    m_document = document;
    setFilePath(filePath);
    m_undoStack->setClean();
    if (wasDirty)
        Q_EMIT dirtyChanged(false);
    Q_EMIT documentReplaced();
    Q_EMIT documentChanged();
}

core::Status DocumentController::open(const QString& path)
{
    auto loaded = document::loadDocument(path);
    if (!loaded)
        return loaded.error();
    setDocument(loaded.value(), QFileInfo(path).absoluteFilePath());
    addRecentFile(m_filePath);
    return {};
}

core::Status DocumentController::save()
{
    if (m_filePath.isEmpty())
        return core::Error{{}, tr("the document has no file name yet; use Save As")};
    return saveAs(m_filePath);
}

core::Status DocumentController::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto status = document::saveDocument(m_document, absolute); !status)
        return status;
    setFilePath(absolute);
    m_undoStack->setClean();
    addRecentFile(absolute);
    return {};
}

void DocumentController::clearRecentFiles()
{
    m_recentFiles.clear();
    if (m_settings)
        m_settings->setValue(kRecentFilesKey, m_recentFiles);
    Q_EMIT recentFilesChanged();
}

void DocumentController::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void DocumentController::addRecentFile(const QString& path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > kMaxRecentFiles)
        m_recentFiles.removeLast();
    if (m_settings)
        m_settings->setValue(kRecentFilesKey, m_recentFiles);
    Q_EMIT recentFilesChanged();
}

void DocumentController::install(const document::Document& document, const core::Id& objectId)
{
    m_document = document;
    if (!objectId.isNull())
        Q_EMIT objectChanged(objectId);
    Q_EMIT documentChanged();
}

core::Id DocumentController::newId(QStringView prefix)
{
    return m_ids.next(prefix);
}

core::Status DocumentController::applyEdit(const QString& text, const core::Id& objectId,
                                          const QString& property,
                                          const std::function<core::Status(document::Document&)>& mutate)
{
    return edit(text, objectId, property, mutate);
}

core::Status DocumentController::edit(const QString& text, const core::Id& objectId,
                                      const QString& property, const Mutation& mutate)
{
    document::Document after = m_document;
    if (auto status = mutate(after); !status)
        return status;
    if (after == m_document)
        return {};
    m_undoStack->push(new SnapshotCommand(
        text, m_document, std::move(after), objectId, property, m_mergeWindow,
        [this](const document::Document& doc, const core::Id& id) { install(doc, id); }));
    return {};
}

core::Status DocumentController::editColumn(const QString& text, const core::Id& columnId,
                                            const QString& property,
                                            const std::function<void(model::Column&)>& mutate)
{
    return edit(text, columnId, property, [&](document::Document& doc) -> core::Status {
        model::Table* table = owningTable(doc, columnId);
        if (!table)
            return unknownObject(columnId);
        mutate(*table->column(columnId));
        return {};
    });
}

core::Status DocumentController::setNodeLayouts(const QMap<core::Id, document::NodeLayout>& nodes,
                                                const QString& text)
{
    return edit(text, {}, {}, [&](document::Document& doc) -> core::Status {
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            if (!doc.model.table(it.key()))
                return unknownObject(it.key());
            doc.layout.nodes.insert(it.key(), it.value());
        }
        return {};
    });
}

const model::Table* DocumentController::tableOfColumn(const core::Id& columnId) const
{
    for (const auto& table : m_document.model.tables) {
        if (table.column(columnId))
            return &table;
    }
    return nullptr;
}

core::Status DocumentController::setProjectName(const QString& name)
{
    return edit(tr("Rename Project"), {}, QStringLiteral("project.name"),
                [&](document::Document& doc) -> core::Status {
                    doc.name = name;
                    return {};
                });
}

core::Status DocumentController::setDialect(const QString& dialectName)
{
    const auto dialect = dialect::createDialect(dialectName);
    if (!dialect)
        return core::Error{dialectName, tr("unknown dialect")};
    const QString canonical = dialect->name();
    return edit(tr("Change Target Dialect"), {}, {},
                [&](document::Document& doc) -> core::Status {
                    doc.dialect = canonical;
                    return {};
                });
}

core::Result<core::Id> DocumentController::addSchema(const QString& name)
{
    const core::Id id = m_ids.next(u"sch");
    auto status = edit(tr("Add Schema"), id, {}, [&](document::Document& doc) -> core::Status {
        doc.model.schemas.append(model::Schema{id, name, {}});
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

core::Status DocumentController::renameSchema(const core::Id& schemaId, const QString& name)
{
    return edit(tr("Rename Schema"), schemaId, QStringLiteral("schema.name"),
                [&](document::Document& doc) -> core::Status {
                    for (auto& schema : doc.model.schemas) {
                        if (schema.id == schemaId) {
                            schema.name = name;
                            return {};
                        }
                    }
                    return unknownObject(schemaId);
                });
}

QString DocumentController::uniqueTableName(const document::Document& doc,
                                            const core::Id& schemaId) const
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("table_%1").arg(n);
        bool taken = false;
        for (const auto& table : doc.model.tables)
            taken = taken || (table.schemaId == schemaId && table.name == candidate);
        if (!taken)
            return candidate;
    }
}

core::Result<core::Id> DocumentController::addTable(const core::Id& schemaId, const QString& name)
{
    const core::Id id = m_ids.next(u"tbl");
    const core::Id newSchemaId = m_ids.next(u"sch");
    auto status = edit(tr("Add Table"), id, {}, [&](document::Document& doc) -> core::Status {
        core::Id target = schemaId;
        if (target.isNull()) {
            if (doc.model.schemas.isEmpty())
                doc.model.schemas.append(model::Schema{newSchemaId, QStringLiteral("public"), {}});
            target = doc.model.schemas.first().id;
        } else if (!doc.model.schema(target)) {
            return unknownObject(target);
        }
        model::Table table;
        table.id = id;
        table.schemaId = target;
        table.name = name.isEmpty() ? uniqueTableName(doc, target) : name;
        doc.model.tables.append(table);
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

core::Status DocumentController::removeTable(const core::Id& tableId)
{
    return edit(tr("Delete Table"), tableId, {}, [&](document::Document& doc) -> core::Status {
        // Foreign keys in other tables that point at it go with it: a dangling reference
        // would make the saved file unloadable (model::dependentsOf lists them first).
        if (!model::removeWithDependents(doc.model, tableId))
            return unknownObject(tableId);
        doc.layout.nodes.remove(tableId);
        for (document::SubjectArea& area : doc.layout.subjectAreas)
            area.memberIds.removeAll(tableId);
        return {};
    });
}

core::Status DocumentController::renameTable(const core::Id& tableId, const QString& name)
{
    return edit(tr("Rename Table"), tableId, QStringLiteral("table.name"),
                [&](document::Document& doc) -> core::Status {
                    model::Table* table = doc.model.table(tableId);
                    if (!table)
                        return unknownObject(tableId);
                    table->name = name;
                    return {};
                });
}

core::Status DocumentController::setTableComment(const core::Id& tableId, const QString& comment)
{
    return edit(tr("Edit Table Comment"), tableId, QStringLiteral("table.comment"),
                [&](document::Document& doc) -> core::Status {
                    model::Table* table = doc.model.table(tableId);
                    if (!table)
                        return unknownObject(tableId);
                    table->comment = comment;
                    return {};
                });
}

core::Result<core::Id> DocumentController::addColumn(const core::Id& tableId, const QString& name,
                                                     const model::LogicalType& type)
{
    const core::Id id = m_ids.next(u"col");
    auto status = edit(tr("Add Column"), id, {}, [&](document::Document& doc) -> core::Status {
        model::Table* table = doc.model.table(tableId);
        if (!table)
            return unknownObject(tableId);
        model::Column column;
        column.id = id;
        column.type = type;
        column.name = name;
        for (int n = table->columns.size() + 1; column.name.isEmpty(); ++n) {
            const QString candidate = QStringLiteral("column_%1").arg(n);
            if (!table->columnByName(candidate))
                column.name = candidate;
        }
        table->columns.append(column);
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

core::Status DocumentController::removeColumn(const core::Id& columnId)
{
    return edit(tr("Delete Column"), columnId, {}, [&](document::Document& doc) -> core::Status {
        // Keys, indexes and foreign keys over the column are removed (or lose that column)
        // with it, never left dangling.
        if (!model::removeWithDependents(doc.model, columnId))
            return unknownObject(columnId);
        return {};
    });
}

core::Status DocumentController::removeObject(const core::Id& objectId)
{
    if (m_document.model.table(objectId))
        return removeTable(objectId);
    if (tableOfColumn(objectId))
        return removeColumn(objectId);
    return edit(tr("Delete"), objectId, {}, [&](document::Document& doc) -> core::Status {
        for (auto& table : doc.model.tables) {
            if (table.primaryKey && table.primaryKey->id == objectId) {
                table.primaryKey.reset();
                return {};
            }
            const auto id = [&](const auto& item) { return item.id == objectId; };
            if (table.uniques.removeIf(id) + table.checks.removeIf(id) +
                    table.foreignKeys.removeIf(id) + table.indexes.removeIf(id) >
                0)
                return {};
        }
        const auto id = [&](const auto& item) { return item.id == objectId; };
        if (doc.model.enums.removeIf(id) + doc.model.views.removeIf(id) > 0)
            return {};
        return unknownObject(objectId);
    });
}

core::Status DocumentController::renameColumn(const core::Id& columnId, const QString& name)
{
    return editColumn(tr("Rename Column"), columnId, QStringLiteral("column.name"),
                      [&](model::Column& c) { c.name = name; });
}

core::Status DocumentController::setColumnType(const core::Id& columnId,
                                               const model::LogicalType& type)
{
    return editColumn(tr("Change Column Type"), columnId, QStringLiteral("column.type"),
                      [&](model::Column& c) {
                          model::LogicalType next = type;
                          if (next.overrides.isEmpty())
                              next.overrides = c.type.overrides;
                          if (next.kind == model::LogicalType::Kind::Enum && next.enumId.isNull())
                              next.enumId = c.type.enumId;
                          if (next.kind != model::LogicalType::Kind::Enum)
                              next.enumId = {};
                          c.type = next;
                      });
}

core::Status DocumentController::setColumnTypeText(const core::Id& columnId,
                                                   const QString& typeText)
{
    const auto type = model::LogicalType::parse(typeText);
    if (!type)
        return core::Error{typeText, tr("not a type (try integer, varchar(80), numeric(10,2))")};
    return setColumnType(columnId, *type);
}

core::Status DocumentController::setColumnNullable(const core::Id& columnId, bool nullable)
{
    return editColumn(nullable ? tr("Allow Nulls") : tr("Disallow Nulls"), columnId,
                      QStringLiteral("column.nullable"),
                      [&](model::Column& c) { c.nullable = nullable; });
}

core::Status DocumentController::setColumnDefault(const core::Id& columnId,
                                                  const model::ColumnDefault& value)
{
    return editColumn(tr("Change Column Default"), columnId, QStringLiteral("column.default"),
                      [&](model::Column& c) { c.defaultValue = value; });
}

core::Status DocumentController::setColumnIdentity(const core::Id& columnId,
                                                   model::Identity identity)
{
    return editColumn(tr("Change Column Identity"), columnId, QStringLiteral("column.identity"),
                      [&](model::Column& c) { c.identity = identity; });
}

core::Status DocumentController::setColumnComment(const core::Id& columnId, const QString& comment)
{
    return editColumn(tr("Edit Column Comment"), columnId, QStringLiteral("column.comment"),
                      [&](model::Column& c) { c.comment = comment; });
}

core::Status DocumentController::setColumnPii(const core::Id& columnId,
                                              model::PiiCategory category)
{
    return editColumn(tr("Change PII Category"), columnId, QStringLiteral("column.pii"),
                      [&](model::Column& c) { c.pii = category; });
}

core::Status DocumentController::setColumnRetention(const core::Id& columnId,
                                                    const QString& retention)
{
    return editColumn(tr("Change Retention"), columnId, QStringLiteral("column.retention"),
                      [&](model::Column& c) { c.retention = retention; });
}

core::Status DocumentController::setColumnPrimaryKey(const core::Id& columnId, bool inKey)
{
    const core::Id newKeyId = m_ids.next(u"pk");
    return edit(inKey ? tr("Add to Primary Key") : tr("Remove from Primary Key"), columnId, {},
                [&](document::Document& doc) -> core::Status {
                    model::Table* table = owningTable(doc, columnId);
                    if (!table)
                        return unknownObject(columnId);
                    if (inKey) {
                        if (!table->primaryKey)
                            table->primaryKey = model::KeyConstraint{newKeyId, {}, {}};
                        if (!table->primaryKey->columnIds.contains(columnId))
                            table->primaryKey->columnIds.append(columnId);
                        // Key columns cannot hold NULL on any engine.
                        table->column(columnId)->nullable = false;
                    } else if (table->primaryKey) {
                        table->primaryKey->columnIds.removeAll(columnId);
                        if (table->primaryKey->columnIds.isEmpty())
                            table->primaryKey.reset();
                    }
                    return {};
                });
}

} // namespace schemata::app
