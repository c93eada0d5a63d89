#pragma once

#include "core/id.h"
#include "diagram/diagramexporter.h"
#include "document/document.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDiagramDialog;
}

namespace schemata::widgets {

// File → Export Diagram…: the studio's face of diagram::DiagramExporter (the same
// renderer `schemata export` uses headless): SVG, PNG at a chosen scale, or PDF, of the
// whole diagram or the selected tables, in the light or dark theme. Writes atomically.
class ExportDiagramDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDiagramDialog(const document::Document& document, QList<core::Id> selectedTables,
                        const QString& suggestedPath, QWidget* parent = nullptr);
    ~ExportDiagramDialog() override;

    QString path() const;
    diagram::ExportFormat format() const;
    diagram::ExportOptions options() const;

    // Renders and writes the file; returns an error message (empty on success).
    QString exportNow() const;

    void accept() override;

private:
    void browse();
    void updateState();

    std::unique_ptr<Ui::ExportDiagramDialog> m_ui;
    const document::Document& m_document;
    QList<core::Id> m_selectedTables;
};

} // namespace schemata::widgets
