#include "widgets/tableeditor/memberstab.h"

#include "widgets/tableeditor/celldelegate.h"
#include "widgets/tableeditor/membertablemodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace schemata::widgets {

namespace {

enum class Key
{
    None,
    Add,
    Remove,
    Up,
    Down
};

Key keyOf(const QKeyEvent* event)
{
    const int mods =
        (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)).toInt();
    if ((event->key() == Qt::Key_Insert && mods == Qt::NoModifier) ||
        (event->key() == Qt::Key_N && mods == Qt::ControlModifier))
        return Key::Add;
    if (event->key() == Qt::Key_Delete && mods == Qt::NoModifier)
        return Key::Remove;
    if (event->key() == Qt::Key_Up && mods == Qt::AltModifier)
        return Key::Up;
    if (event->key() == Qt::Key_Down && mods == Qt::AltModifier)
        return Key::Down;
    return Key::None;
}

QToolButton* button(const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

MembersTab::MembersTab(MemberTableModel* model, const QString& addText, const QString& removeText,
                       QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)),
      m_add(button(addText, tr("%1 (Insert, Ctrl+N)").arg(addText), this)),
      m_remove(button(removeText, tr("%1 (Delete)").arg(removeText), this)),
      m_message(new QLabel(this))
{
    m_model->setParent(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->installEventFilter(this);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_message->setPalette(palette);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    if (m_model->canMoveMembers()) {
        m_up = button(tr("Move Up"), tr("Move the column up (Alt+Up)"), this);
        m_down = button(tr("Move Down"), tr("Move the column down (Alt+Down)"), this);
        buttons->addWidget(m_up);
        buttons->addWidget(m_down);
        connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
        connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(1); });
    }
    buttons->addWidget(m_message, 10);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QToolButton::clicked, this, &MembersTab::addRow);
    connect(m_remove, &QToolButton::clicked, this, &MembersTab::removeCurrentRow);
    connect(m_model, &MemberTableModel::editFailed, this, &MembersTab::showMessage);
    // Rows appear or go (add, delete, undo): keep the current cell on the same member.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_currentBeforeReset = m_model->idAt(current.row());
        m_currentColumnBeforeReset = current.isValid() ? current.column() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentBeforeReset);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, m_currentColumnBeforeReset));
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                Q_EMIT currentMemberChanged(m_model->idAt(current.row()));
            });
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    updateButtons();
}

void MembersTab::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setToolTip(message);
    m_message->setVisible(!message.isEmpty());
}

void MembersTab::updateButtons()
{
    const bool hasTable = m_model->table() != nullptr;
    const int row = m_view->currentIndex().row();
    m_add->setEnabled(hasTable);
    m_remove->setEnabled(hasTable && row >= 0);
    if (m_up) {
        m_up->setEnabled(hasTable && row > 0);
        m_down->setEnabled(hasTable && row >= 0 && row + 1 < m_model->rowCount());
    }
}

void MembersTab::addRow()
{
    showMessage({});
    const auto added = m_model->addMember();
    if (!added)
        return;
    // The new row's first cell, ready for typing its name.
    showMember(added.value());
    m_view->setFocus();
}

void MembersTab::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    showMessage({});
    const QStringList account = m_model->removalAccount(row);
    if (!account.isEmpty()) {
        const QString name = m_model->index(row, 0).data().toString();
        const QString text =
            tr("Deleting %1 also deletes:\n\n%2").arg(name, account.join(QLatin1Char('\n')));
        if (!m_confirm(tr("Delete %1").arg(name), text))
            return;
    }
    const int column = m_view->currentIndex().column();
    if (!m_model->removeMember(row))
        return;
    // Stay on the row that took its place (or the new last row).
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
}

void MembersTab::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->canMoveMembers())
        return;
    showMessage({});
    const core::Id id = m_model->idAt(current.row());
    if (m_model->moveMember(current.row(), delta))
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), current.column()));
}

bool MembersTab::showMember(const core::Id& memberId)
{
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool MembersTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const Key key = keyOf(static_cast<QKeyEvent*>(event));
        // While a cell editor is open the keys belong to it (Delete deletes text).
        const QWidget* focus = QApplication::focusWidget();
        const bool editing = focus && focus != m_view && m_view->isAncestorOf(focus);
        if (key == Key::None || editing)
            return QWidget::eventFilter(watched, event);
        // Claim the key before the window's shortcuts (File → New is Ctrl+N too).
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        switch (key) {
        case Key::Add:
            addRow();
            break;
        case Key::Remove:
            removeCurrentRow();
            break;
        case Key::Up:
            moveCurrentRow(-1);
            break;
        case Key::Down:
            moveCurrentRow(1);
            break;
        case Key::None:
            break;
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace schemata::widgets
