#pragma once

#include "widgets/tableeditor/membertablemodel.h"

namespace schemata::widgets {

// The columns grid: name, type, null, default, PK, unique, comment, PII. Null, PK and
// unique are check boxes; type is validated text (LogicalType::parse); PII a choice.
class ColumnsTableModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Null,
        Default,
        PrimaryKey,
        Unique,
        Comment,
        Pii,
        ColumnCount
    };

    explicit ColumnsTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    core::Result<core::Id> addMember() override;
    core::Status removeMember(int row) override;
    core::Status moveMember(int row, int delta) override;
    bool canMoveMembers() const override { return true; }
    QStringList removalAccount(int row) const override;

protected:
    QList<core::Id> idsOf(const model::Table& table) const override;
    QString removeText() const override { return tr("Delete Column"); }
    bool isCheckColumn(int column) const override;
};

} // namespace schemata::widgets
