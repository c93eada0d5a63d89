#pragma once

#include "core/id.h"
#include "core/result.h"
#include "document/document.h"
#include "model/domaintype.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

// Creates or edits one PostgreSQL domain, the way pgModeler's domain form does: name,
// schema, base type (the table editor's type field), NOT NULL, DEFAULT, collation, a grid
// of named checks over VALUE, and a comment; below, the columns declared with it and the
// CREATE DOMAIN it stands for. The dialog edits a copy; OK stays disabled while the
// domain could not be stored (the reason shows in red), and the caller applies the
// result as one undoable command (createDomain / editDomain do both).
class DomainDialog : public QDialog
{
    Q_OBJECT

public:
    // `domain` is the one to edit, or a new one (null id) with its schema and name set.
    DomainDialog(const document::Document& document, const model::DomainType& domain,
                 QWidget* parent = nullptr);

    // The domain as edited (checks with an empty name and expression left out).
    model::DomainType domain() const;
    // Why the domain cannot be stored as it stands, or empty.
    QString problem() const { return m_problem; }

    // Opens the dialog for a new domain in `schemaId` (the first schema when null) and
    // adds it on OK; returns its id, or a null id when cancelled or failed.
    static core::Id createDomain(QWidget* parent, app::DocumentController* controller,
                                 const core::Id& schemaId);
    // Opens the dialog on an existing domain and applies the edit on OK.
    static bool editDomain(QWidget* parent, app::DocumentController* controller,
                           const core::Id& domainId);

    // The fields, for tests and screenshots.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* schemaCombo() const { return m_schema; }
    QComboBox* baseTypeCombo() const { return m_baseType; }
    QCheckBox* notNullBox() const { return m_notNull; }
    QLineEdit* defaultEdit() const { return m_default; }
    QLineEdit* collationEdit() const { return m_collation; }
    QTableWidget* checksTable() const { return m_checks; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPlainTextEdit* sqlPreview() const { return m_sql; }
    QPushButton* okButton() const { return m_ok; }

    // Appends an empty check row and starts editing its expression.
    void addCheck();
    void removeSelectedChecks();

private:
    void buildForm();
    void load(const model::DomainType& domain);
    void revalidate();
    model::DomainType edited(QString* problem) const;
    QString sqlFor(const model::DomainType& domain) const;

    document::Document m_document;
    model::DomainType m_original;
    QString m_problem;
    bool m_loading = false;

    QLineEdit* m_name = nullptr;
    QComboBox* m_schema = nullptr;
    QComboBox* m_baseType = nullptr;
    QCheckBox* m_notNull = nullptr;
    QLineEdit* m_default = nullptr;
    QLineEdit* m_collation = nullptr;
    QTableWidget* m_checks = nullptr;
    QToolButton* m_addCheck = nullptr;
    QToolButton* m_removeCheck = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_usedBy = nullptr;
    QPlainTextEdit* m_sql = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace schemata::widgets
