#include "widgets/diagram/findbar.h"

#include "app/documentcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/tableitem.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPen>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

namespace schemata::widgets {

namespace {

constexpr int kMargin = 12;
constexpr double kFill = 0.6; // share of the viewport a jumped-to table may take

// The row highlight: a child of the table's item, so it moves with the table and dies
// with it; found again by its type, so no pointer to it can dangle.
class RowHighlight : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 40 };
    using QGraphicsRectItem::QGraphicsRectItem;
    int type() const override { return Type; }
};

QGraphicsItem* rowHighlightOf(const TableItem* item)
{
    if (!item)
        return nullptr;
    for (QGraphicsItem* child : item->childItems()) {
        if (child->type() == RowHighlight::Type)
            return child;
    }
    return nullptr;
}

} // namespace

FindBar::FindBar(DiagramView* view, DiagramScene* scene, app::DocumentController* controller)
    : QFrame(view), m_view(view), m_scene(scene), m_controller(controller),
      m_edit(new QLineEdit(this)), m_status(new QLabel(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_completer(new QCompleter(this)),
      m_completions(new QStringListModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Find in diagram"));

    m_edit->setPlaceholderText(tr("Find table or column…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    m_edit->setAccessibleName(tr("Find table or column"));
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAutoRaise(true);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAutoRaise(true);
    auto* closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::setQuery);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::jumpToCurrent);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                setQuery(text);
                jumpToCurrent();
            });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_controller, &app::DocumentController::documentChanged, this, [this] {
        m_completionsStale = true;
        // Rows may have moved or gone; the matches are looked up again on the next key.
        clearHighlight();
        if (isVisible()) {
            search(m_edit->text());
            updateStatus();
        }
    });
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    hide();
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_view || watched == m_view->viewport()) && event->type() == QEvent::Resize
        && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void FindBar::place()
{
    const QRect area = m_view->viewport()->geometry();
    const QSize hint = sizeHint();
    const int w = std::min(std::max(hint.width(), 360), area.width() - 2 * kMargin);
    setGeometry(area.right() - kMargin - w + 1, area.top() + kMargin, w, hint.height());
    raise();
}

void FindBar::refreshCompletions()
{
    if (!m_completionsStale)
        return;
    m_completions->setStringList(app::ObjectFinder(m_controller->document().model).completions());
    m_completionsStale = false;
}

void FindBar::activate()
{
    refreshCompletions();
    QFrame::show();
    place();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        search(m_edit->text());
    updateStatus();
}

void FindBar::dismiss()
{
    clearHighlight();
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FindBar::search(const QString& query)
{
    m_matches = app::ObjectFinder(m_controller->document().model).find(query);
    m_current = m_matches.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_matches.size()) - 1);
}

void FindBar::setQuery(const QString& query)
{
    if (m_edit->text() != query)
        m_edit->setText(query);
    m_current = 0;
    search(query);
    updateStatus();
    // As you type: select and centre the best hit, keeping the zoom, so the view follows
    // without jumping in and out on every key.
    if (m_current >= 0)
        showMatch(m_current, false);
    else
        clearHighlight();
}

bool FindBar::jumpToCurrent()
{
    if (m_current < 0)
        return false;
    showMatch(m_current, true);
    return true;
}

bool FindBar::findNext()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current + 1) % int(m_matches.size());
    showMatch(m_current, true);
    return true;
}

bool FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current - 1 + int(m_matches.size())) % int(m_matches.size());
    showMatch(m_current, true);
    return true;
}

void FindBar::showMatch(int index, bool zoom)
{
    const app::FindMatch& match = m_matches.at(index);
    TableItem* item = m_scene->tableItem(match.tableId);
    if (!item)
        return;
    m_scene->selectTable(match.tableId);
    const QRectF box = item->sceneBoundingRect();
    if (zoom) {
        const QSizeF viewport = m_view->viewport()->size();
        const double fit = std::min(kFill * viewport.width() / std::max(box.width(), 1.0),
                                    kFill * viewport.height() / std::max(box.height(), 1.0));
        m_view->setZoom(std::min(kJumpZoom, fit));
    }
    m_view->centerOn(box.center());
    highlight(match);
    updateStatus();
}

void FindBar::clearHighlight()
{
    if (m_highlightTable.isNull())
        return;
    delete rowHighlightOf(m_scene->tableItem(m_highlightTable));
    m_highlightTable = {};
}

QGraphicsItem* FindBar::highlightItem() const
{
    return m_highlightTable.isNull() ? nullptr
                                     : rowHighlightOf(m_scene->tableItem(m_highlightTable));
}

void FindBar::highlight(const app::FindMatch& match)
{
    clearHighlight();
    if (match.columnId.isNull())
        return;
    TableItem* item = m_scene->tableItem(match.tableId);
    if (!item)
        return;
    for (const diagram::ColumnRow& row : item->box().rows) {
        if (row.columnId != match.columnId)
            continue;
        // The box is painted relative to its top-left corner, the item's origin.
        auto* mark = new RowHighlight(row.rect.translated(-item->box().rect.topLeft()), item);
        QColor accent = m_scene->painter().theme().selection;
        mark->setPen(QPen(accent, 2));
        accent.setAlpha(60);
        mark->setBrush(accent);
        mark->setAcceptedMouseButtons(Qt::NoButton);
        m_highlightTable = match.tableId;
        return;
    }
}

void FindBar::updateStatus()
{
    if (m_edit->text().trimmed().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("No match"));
    else
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
}

} // namespace schemata::widgets
