#include "widgets/tableeditor/celldelegate.h"

#include "model/logicaltype.h"
#include "widgets/tableeditor/membertablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QValidator>

namespace schemata::widgets {

namespace {

// Accepts only text LogicalType::parse understands; anything else is "still typing",
// so the editor cannot commit "varchar(" or "integr".
class TypeValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override
    {
        return model::LogicalType::parse(input.trimmed()) ? Acceptable : Intermediate;
    }
};

QStringList typeSuggestions()
{
    // The usual forms first; every kind is reachable by typing (enum needs an enum type,
    // chosen in the property panel).
    return {
        QStringLiteral("bigint"),        QStringLiteral("integer"),     QStringLiteral("smallint"),
        QStringLiteral("numeric(10,2)"), QStringLiteral("real"),        QStringLiteral("double"),
        QStringLiteral("varchar(255)"),  QStringLiteral("char(2)"),     QStringLiteral("text"),
        QStringLiteral("boolean"),       QStringLiteral("date"),        QStringLiteral("time"),
        QStringLiteral("timestamp"),     QStringLiteral("timestamptz"), QStringLiteral("interval"),
        QStringLiteral("uuid"),          QStringLiteral("json"),        QStringLiteral("jsonb"),
        QStringLiteral("bytes")};
}

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
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(typeSuggestions());
        combo->setValidator(new TypeValidator(combo));
        combo->setToolTip(tr("A logical type such as integer, varchar(80), numeric(10,2)"));
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
