#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/index.h"

#include <QAbstractTableModel>

namespace schemata::app {
class DocumentController;
}

namespace schemata::model {
struct Table;
}

namespace schemata::widgets {

// The keys of one index, one row each: the key (a column name, or an expression in
// parentheses), its sort order and its nulls order. Like MemberTableModel it never
// mutates the document: every cell edit and row operation is one undoable
// model::updateIndex through the controller, and refresh() re-reads the index after
// any change (undo included). Rows are key positions; keys have no ids of their own.
class IndexKeysTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Sort,
        Nulls,
        ColumnCount
    };

    explicit IndexKeysTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    void setIndex(const core::Id& tableId, const core::Id& indexId);
    core::Id indexId() const { return m_indexId; }
    const model::Index* shownIndex() const;
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends a key: the first column not yet a key, or an expression over a column
    // (lower(<text column>)) for the user to overwrite. Returns the new row.
    core::Result<int> addColumnKey();
    core::Result<int> addExpressionKey();
    core::Status removeKey(int row);
    core::Status moveKey(int row, int delta);

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    const model::Table* table() const;
    core::Status apply(const QString& text, const QString& property,
                       const QList<model::IndexKey>& keys);
    bool report(const core::Status& status);

    app::DocumentController* m_controller;
    core::Id m_tableId;
    core::Id m_indexId;
    int m_rows = 0;
};

} // namespace schemata::widgets
