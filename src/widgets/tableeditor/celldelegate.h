#pragma once

#include <QStyledItemDelegate>

namespace schemata::widgets {

// Editors for the table editor's cells, chosen by MemberTableModel::EditorRole: an
// editable combo of logical types that only accepts what LogicalType::parse accepts, a
// fixed choice (PII category, referential action, referenced table), or plain text.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace schemata::widgets
