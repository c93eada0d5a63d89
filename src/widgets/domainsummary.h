#pragma once

#include "core/id.h"
#include "document/document.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace schemata::widgets {

// The property panel's page for a domain: what it is (base type, NOT NULL, DEFAULT,
// collation, checks, comment) and the columns declared with it, with a button that opens
// the domain dialog. Read-only: a domain is edited as a whole in the dialog, one undo
// step per OK, like pgModeler's forms.
class DomainSummary : public QWidget
{
    Q_OBJECT

public:
    explicit DomainSummary(QWidget* parent = nullptr);

    // Shows the domain `domainId` of `document` (nothing when it does not exist).
    void setDomain(const document::Document& document, const core::Id& domainId);
    core::Id domainId() const { return m_domainId; }

    // For tests and screenshots.
    QListWidget* usedByList() const { return m_usedBy; }
    QPushButton* editButton() const { return m_edit; }
    QString fieldText(const QString& field) const;

Q_SIGNALS:
    void editRequested(const core::Id& domainId);
    // A column of the "used by" list was activated (double-click, Return).
    void columnActivated(const core::Id& columnId);

private:
    core::Id m_domainId;
    QLabel* m_baseType = nullptr;
    QLabel* m_notNull = nullptr;
    QLabel* m_default = nullptr;
    QLabel* m_collation = nullptr;
    QLabel* m_checks = nullptr;
    QLabel* m_comment = nullptr;
    QListWidget* m_usedBy = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace schemata::widgets
