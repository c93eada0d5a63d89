#include "widgets/tableeditor/typecombo.h"

#include "model/logicaltype.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QStyle>
#include <QValidator>
#include <algorithm>

namespace schemata::widgets {

namespace {

// Accepts what the type field can store (typeFromText): a logical type, "enum <name>" or
// text that reads as an SQL type of the dialect; anything else is "still typing", so
// the editor cannot commit "varchar(" or "numeric(10,". Enum names and parameter ranges
// are checked on commit and by the validators, not here.
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

} // namespace

void setUpTypeCombo(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(16);
    combo->setValidator(new TypeValidator(combo));
    // Completion matches anywhere ("char" offers varchar(255) and char(2)) in a popup,
    // and never replaces what is typed: Return commits the text as it stands.
    auto* completer = new QCompleter(new QStringListModel(combo), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    combo->setCompleter(completer);
    combo->setToolTip(QCoreApplication::translate(
        "schemata::widgets::TypeCombo",
        "A logical type such as integer, varchar(80), numeric(10,2), an enum or domain of the "
        "project, "
        "or any type of the target dialect"));
}

void setTypeSuggestions(QComboBox* combo, const QList<TypeSuggestion>& suggestions)
{
    const QSignalBlocker block(combo);
    QLineEdit* edit = combo->lineEdit();
    const QString text = edit ? edit->text() : combo->currentText();
    const int cursor = edit ? edit->cursorPosition() : 0;
    combo->clear();
    QStringList texts;
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        // A separator between groups (logical types, enums, dialect types, in use).
        if (i > 0 && suggestions[i].group != suggestions[i - 1].group)
            combo->insertSeparator(combo->count());
        combo->addItem(suggestions[i].text);
        combo->setItemData(combo->count() - 1, suggestions[i].note, Qt::ToolTipRole);
        texts << suggestions[i].text;
    }
    // Lists as wide as their longest entry: a grid cell is narrower than
    // "public.email_address", and an elided type name cannot be told from its neighbours.
    QFontMetrics metrics(combo->font());
    int widest = 0;
    for (const QString& t : std::as_const(texts))
        widest = std::max(widest, metrics.horizontalAdvance(t));
    const int listWidth = widest + metrics.averageCharWidth() * 4 +
                          combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    combo->view()->setMinimumWidth(listWidth);
    if (QCompleter* completer = combo->completer()) {
        if (auto* list = qobject_cast<QStringListModel*>(completer->model()))
            list->setStringList(texts);
        completer->popup()->setMinimumWidth(listWidth);
    }
    combo->setCurrentIndex(-1);
    if (edit) {
        edit->setText(text);
        edit->setCursorPosition(cursor);
    }
}

} // namespace schemata::widgets
