#pragma once

#include "widgets/qsci.h"

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::widgets {

class SqlLexer;

// A QScintilla SQL view highlighted through KSyntaxHighlighting: line numbers,
// monospace font, a theme that follows the palette (dark theme on dark windows).
// The DDL preview uses it read-only; the migration preview and the SQL editor build
// on it.
class SqlView : public QsciScintilla
{
    Q_OBJECT

public:
    // `repository` (not owned) holds the syntax definitions and themes; share one per
    // window, loading it is not free.
    explicit SqlView(KSyntaxHighlighting::Repository* repository, QWidget* parent = nullptr);
    ~SqlView() override;

    // "SQL (PostgreSQL)", "SQL (MySQL)", "SQL" — see dialect::Dialect::highlightingDefinition().
    void setDefinitionName(const QString& name);
    QString definitionName() const;

    // Replaces the text, keeping the scroll position (previews regenerate often).
    void setSql(const QString& sql);
    QString sql() const { return text(); }

    SqlLexer* sqlLexer() const { return m_lexer; }
    // Scintilla style at a UTF-8 byte position; styles the text first if needed.
    int styleAt(int position);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPaletteTheme();

    KSyntaxHighlighting::Repository* m_repository;
    SqlLexer* m_lexer;
};

} // namespace schemata::widgets
