#include "widgets/tableeditor/celldelegate.h"

#include "model/logicaltype.h"
#include "widgets/tableeditor/membertablemodel.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QValidator>

namespace schemata::widgets {

namespace {

// Accepts what the type cell can store (typeFromText): a logical type, "enum <name>" or
// text that reads as an SQL type of the dialect; anything else is "still typing", so
// the editor cannot commit "varchar(" or "numeric(10,". Enum names and parameter ranges
// are checked on commit and by the model validator, not here.
class TypeValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override
    {
        return model::LogicalType::parse(input.trimmed()) || looksLikeSqlType(input) ? Acceptable
                                                                                     : Intermediate;
    }
};

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
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMaxVisibleItems(16);
        const QStringList choices = index.data(MemberTableModel::ChoicesRole).toStringList();
        const QStringList notes = index.data(MemberTableModel::ChoiceNotesRole).toStringList();
        const QVariantList groups = index.data(MemberTableModel::ChoiceGroupsRole).toList();
        for (int i = 0; i < choices.size(); ++i) {
            // A separator between groups (logical types, enums, dialect types, in use).
            if (i > 0 && i < groups.size() && groups[i] != groups[i - 1])
                combo->insertSeparator(combo->count());
            combo->addItem(choices[i]);
            combo->setItemData(combo->count() - 1, notes.value(i), Qt::ToolTipRole);
        }
        combo->setValidator(new TypeValidator(combo));
        // Completion matches anywhere ("char" offers varchar(255) and char(2)) in a popup,
        // and never replaces what is typed: Return commits the text as it stands.
        auto* completer = new QCompleter(choices, combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setMaxVisibleItems(12);
        combo->setCompleter(completer);
        combo->setToolTip(tr("A logical type such as integer, varchar(80), numeric(10,2), an "
                             "enum of the project, or any type of the target dialect"));
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
