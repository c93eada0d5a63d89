#include "widgets/tableeditor/celldelegate.h"

#include "model/logicaltype.h"
#include "widgets/tableeditor/membertablemodel.h"
#include "widgets/tableeditor/typecombo.h"

#include <QComboBox>
#include <QLineEdit>

namespace schemata::widgets {

namespace {

MemberTableModel::Editor editorOf(const QModelIndex& index)
{
    return MemberTableModel::Editor(index.data(MemberTableModel::EditorRole).toInt());
}

} // namespace

CellDelegate::CellDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    switch (editorOf(index)) {
    case MemberTableModel::Editor::Type: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("typeEditor"));
        setUpTypeCombo(combo);
        // The choices come through the model's roles: computed when the editor opens, so
        // enums added meanwhile are offered.
        const QStringList choices = index.data(MemberTableModel::ChoicesRole).toStringList();
        const QStringList notes = index.data(MemberTableModel::ChoiceNotesRole).toStringList();
        const QVariantList groups = index.data(MemberTableModel::ChoiceGroupsRole).toList();
        QList<TypeSuggestion> suggestions;
        for (qsizetype i = 0; i < choices.size(); ++i)
            suggestions.append(
                {choices[i], TypeSuggestion::Group(groups.value(i).toInt()), notes.value(i)});
        setTypeSuggestions(combo, suggestions);
        return combo;
    }
    case MemberTableModel::Editor::Choice: {
        auto* combo = new QComboBox(parent);
        combo->addItems(index.data(MemberTableModel::ChoicesRole).toStringList());
        return combo;
    }
    case MemberTableModel::Editor::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString text = index.data(Qt::EditRole).toString();
        const int row = combo->findText(text);
        if (row >= 0)
            combo->setCurrentIndex(row);
        if (combo->isEditable())
            combo->setEditText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace schemata::widgets
