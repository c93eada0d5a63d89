#pragma once

#include "core/id.h"
#include "core/idgenerator.h"
#include "core/result.h"
#include "document/document.h"
#include "model/column.h"
#include "model/logicaltype.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

class QSettings;
class QUndoStack;

namespace schemata::app {

// Owns the open project: the document value, its file path, the undo stack and the
// recent-files list. Every edit goes through a SnapshotCommand on the undo stack, so
// every view (tree, property panel, DDL preview, diagram) observes one document and
// can undo anything. Views never mutate the document directly.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;

    // `settings` (optional, not owned) persists the recent-files list; `seed` makes new
    // object IDs reproducible (tests); 0 means a random sequence.
    explicit DocumentController(QSettings* settings = nullptr, quint64 seed = 0,
                                QObject* parent = nullptr);
    ~DocumentController() override;

    const document::Document& document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    // File name for titles, or "Untitled" for a document never saved.
    QString displayName() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isDirty() const;

    // Edits of the same property of the same object closer together than this merge
    // into one undo step.
    void setMergeWindow(std::chrono::milliseconds window) { m_mergeWindow = window; }
    std::chrono::milliseconds mergeWindow() const { return m_mergeWindow; }

    // --- File operations. They replace the document and clear the undo history.
    void newDocument();
    // Adopts an in-memory document (e.g. an import or a test fixture) as a clean state.
    void setDocument(const document::Document& document, const QString& filePath = {});
    core::Status open(const QString& path);
    core::Status save(); // fails when the document has no file path yet
    core::Status saveAs(const QString& path);

    QStringList recentFiles() const { return m_recentFiles; }
    void clearRecentFiles();

    // --- Edits. Each is one undoable command; an edit that changes nothing pushes
    // nothing. Edits naming an unknown object return an error and change nothing.
    core::Status setProjectName(const QString& name);
    core::Status setDialect(const QString& dialectName);
    core::Result<core::Id> addSchema(const QString& name);
    core::Status renameSchema(const core::Id& schemaId, const QString& name);
    // An empty schemaId means the first schema (one named "public" is created when the
    // document has none).
    core::Result<core::Id> addTable(const core::Id& schemaId, const QString& name = {});
    core::Status removeTable(const core::Id& tableId);
    core::Status renameTable(const core::Id& tableId, const QString& name);
    core::Status setTableComment(const core::Id& tableId, const QString& comment);

    core::Result<core::Id> addColumn(const core::Id& tableId, const QString& name = {},
                                     const model::LogicalType& type = {});
    core::Status removeColumn(const core::Id& columnId);
    // Removes a table, column or key/index/foreign key by id (what Edit → Delete does).
    core::Status removeObject(const core::Id& objectId);
    core::Status renameColumn(const core::Id& columnId, const QString& name);
    // Keeps the column's enum reference and per-dialect overrides.
    core::Status setColumnType(const core::Id& columnId, const model::LogicalType& type);
    core::Status setColumnTypeText(const core::Id& columnId, const QString& typeText);
    core::Status setColumnNullable(const core::Id& columnId, bool nullable);
    core::Status setColumnDefault(const core::Id& columnId, const model::ColumnDefault& value);
    core::Status setColumnIdentity(const core::Id& columnId, model::Identity identity);
    core::Status setColumnComment(const core::Id& columnId, const QString& comment);
    core::Status setColumnPii(const core::Id& columnId, model::PiiCategory category);
    core::Status setColumnRetention(const core::Id& columnId, const QString& retention);
    // Adds the column to (or removes it from) the table's primary key.
    core::Status setColumnPrimaryKey(const core::Id& columnId, bool inKey);

    // Diagram: sets the layout nodes of existing tables (positions after a drag, an
    // auto-layout) as ONE undoable step named `text`; nodes for unknown tables are an error.
    core::Status setNodeLayouts(const QMap<core::Id, document::NodeLayout>& nodes, const QString& text);

    // Which table owns a column id, or nullptr.
    const model::Table* tableOfColumn(const core::Id& columnId) const;

    // The generic undoable edit, for operations that live in their own files (diagram
    // tools, the table editor) instead of growing this class: `mutate` runs on a copy of
    // the document and a command is pushed only when the copy differs. A non-empty
    // `property` merges consecutive edits of that property of `objectId` (typing).
    core::Status applyEdit(const QString& text, const core::Id& objectId, const QString& property,
                           const std::function<core::Status(document::Document&)>& mutate);
    // New object IDs from the controller's generator (seeded in tests).
    core::Id newId(QStringView prefix);

Q_SIGNALS:
    // The document value changed (edit, undo, redo, open, new).
    void documentChanged();
    // One object was edited (or its edit undone); also followed by documentChanged.
    void objectChanged(const core::Id& objectId);
    // The document was replaced wholesale (new/open); views reset selection.
    void documentReplaced();
    void filePathChanged(const QString& path);
    void dirtyChanged(bool dirty);
    void recentFilesChanged();

private:
    using Mutation = std::function<core::Status(document::Document&)>;

    // Applies `mutate` to a copy; pushes a command when the copy differs.
    core::Status edit(const QString& text, const core::Id& objectId, const QString& property,
                      const Mutation& mutate);
    core::Status editColumn(const QString& text, const core::Id& columnId,
                            const QString& property,
                            const std::function<void(model::Column&)>& mutate);
    void install(const document::Document& document, const core::Id& objectId);
    void setFilePath(const QString& path);
    void addRecentFile(const QString& path);
    QString uniqueTableName(const document::Document& doc, const core::Id& schemaId) const;

    document::Document m_document;
    QString m_filePath;
    QUndoStack* m_undoStack;
    QSettings* m_settings;
    QStringList m_recentFiles;
    core::IdGenerator m_ids;
    std::chrono::milliseconds m_mergeWindow{1500};
};

} // namespace schemata::app
