#include "widgets/tableeditor/indexkeyseditor.h"

#include "app/documentcontroller.h"
#include "widgets/tableeditor/celldelegate.h"
#include "widgets/tableeditor/indexkeystablemodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace schemata::widgets {

namespace {

QToolButton* button(const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

IndexKeysEditor::IndexKeysEditor(app::DocumentController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new IndexKeysTableModel(controller, this)),
      m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_addColumn(button(tr("Add Column Key"), tr("Add the next column as a key (Insert)"), this)),
      m_addExpression(button(tr("Add Expression Key"),
                             tr("Add an expression key, such as lower(email)"), this)),
      m_remove(button(tr("Delete Key"), tr("Delete the current key (Delete)"), this)),
      m_up(button(tr("Move Up"), tr("Move the key up (Alt+Up)"), this)),
      m_down(button(tr("Move Down"), tr("Move the key down (Alt+Down)"), this)),
      m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(IndexKeysTableModel::Key,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(IndexKeysTableModel::Sort, 70);
    m_view->setColumnWidth(IndexKeysTableModel::Nulls, 100);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_message->setPalette(palette);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_title);
    buttons->addSpacing(8);
    for (QToolButton* b : {m_addColumn, m_addExpression, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addWidget(m_message, 10);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_addColumn, &QToolButton::clicked, this, &IndexKeysEditor::addColumnKey);
    connect(m_addExpression, &QToolButton::clicked, this, &IndexKeysEditor::addExpressionKey);
    connect(m_remove, &QToolButton::clicked, this, &IndexKeysEditor::removeCurrentKey);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentKey(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentKey(1); });
    connect(m_model, &IndexKeysTableModel::editFailed, this, &IndexKeysEditor::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IndexKeysEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IndexKeysEditor::updateButtons);
    connect(m_controller, &app::DocumentController::documentChanged, this,
            &IndexKeysEditor::refresh);
    refresh();
}

void IndexKeysEditor::setIndex(const core::Id& tableId, const core::Id& indexId)
{
    if (indexId != m_model->indexId())
        showMessage({});
    m_model->setIndex(tableId, indexId);
    refresh();
}

void IndexKeysEditor::refresh()
{
    m_model->refresh();
    const model::Index* index = m_model->shownIndex();
    m_title->setText(index ? tr("Keys of %1").arg(index->name) : tr("Keys"));
    updateButtons();
}

void IndexKeysEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setToolTip(message);
    m_message->setVisible(!message.isEmpty());
}

void IndexKeysEditor::updateButtons()
{
    const bool hasIndex = m_model->shownIndex() != nullptr;
    const int row = m_view->currentIndex().row();
    const int rows = m_model->rowCount();
    m_addColumn->setEnabled(hasIndex);
    m_addExpression->setEnabled(hasIndex);
    m_remove->setEnabled(hasIndex && row >= 0 && rows > 1);
    m_up->setEnabled(hasIndex && row > 0);
    m_down->setEnabled(hasIndex && row >= 0 && row + 1 < rows);
}

void IndexKeysEditor::addColumnKey()
{
    showMessage({});
    const auto row = m_model->addColumnKey();
    if (row)
        m_view->setCurrentIndex(m_model->index(row.value(), IndexKeysTableModel::Key));
}

void IndexKeysEditor::addExpressionKey()
{
    showMessage({});
    const auto row = m_model->addExpressionKey();
    if (!row)
        return;
    const QModelIndex cell = m_model->index(row.value(), IndexKeysTableModel::Key);
    m_view->setCurrentIndex(cell);
    if (m_view->isVisible()) {
        m_view->setFocus();
        m_view->edit(cell);
    }
}

void IndexKeysEditor::removeCurrentKey()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    showMessage({});
    if (m_model->removeKey(current.row()) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(
            m_model->index(std::min(current.row(), m_model->rowCount() - 1), current.column()));
}

void IndexKeysEditor::moveCurrentKey(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    showMessage({});
    if (m_model->moveKey(current.row(), delta))
        m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
}

bool IndexKeysEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    // While a cell editor is open the keys belong to it (Delete deletes text).
    const QWidget* focus = QApplication::focusWidget();
    if (focus && focus != m_view && m_view->isAncestorOf(focus))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int mods =
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)).toInt();
    std::function<void()> action;
    if (key->key() == Qt::Key_Insert && mods == Qt::NoModifier)
        action = [this] { addColumnKey(); };
    else if (key->key() == Qt::Key_Delete && mods == Qt::NoModifier)
        action = [this] { removeCurrentKey(); };
    else if (key->key() == Qt::Key_Up && mods == Qt::AltModifier)
        action = [this] { moveCurrentKey(-1); };
    else if (key->key() == Qt::Key_Down && mods == Qt::AltModifier)
        action = [this] { moveCurrentKey(1); };
    if (!action)
        return QWidget::eventFilter(watched, event);
    // Claim the key before the window's shortcuts (Edit → Delete).
    event->accept();
    if (event->type() == QEvent::KeyPress)
        action();
    return true;
}

} // namespace schemata::widgets
