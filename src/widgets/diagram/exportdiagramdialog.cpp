#include "widgets/diagram/exportdiagramdialog.h"

#include "diagram/diagramgeometry.h"
#include "ui_exportdiagramdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace schemata::widgets {

namespace {

struct FormatEntry
{
    diagram::ExportFormat format;
    const char* suffix;
};

constexpr FormatEntry kFormats[] = {
    {diagram::ExportFormat::Svg, "svg"},
    {diagram::ExportFormat::Png, "png"},
    {diagram::ExportFormat::Pdf, "pdf"},
};

} // namespace

ExportDiagramDialog::ExportDiagramDialog(const document::Document& document,
                                         QList<core::Id> selectedTables,
                                         const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDiagramDialog>()), m_document(document),
      m_selectedTables(std::move(selectedTables))
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("SVG — scalable, one group per table"));
    m_ui->formatCombo->addItem(tr("PNG — image"));
    m_ui->formatCombo->addItem(tr("PDF — document"));
    m_ui->themeCombo->addItem(tr("Light"));
    m_ui->themeCombo->addItem(tr("Dark"));
    m_ui->selectionCheck->setEnabled(!m_selectedTables.isEmpty());
    m_ui->selectionCheck->setChecked(!m_selectedTables.isEmpty());
    m_ui->selectionCheck->setText(
        tr("Selected tables only (%n selected)", nullptr, int(m_selectedTables.size())));
    m_ui->pathEdit->setText(suggestedPath);
    const QString suffix = QFileInfo(suggestedPath).suffix().toLower();
    for (int i = 0; i < int(std::size(kFormats)); ++i) {
        if (suffix == QLatin1String(kFormats[i].suffix))
            m_ui->formatCombo->setCurrentIndex(i);
    }
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDiagramDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDiagramDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDiagramDialog::reject);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the chosen format.
        const QString current = m_ui->pathEdit->text();
        if (!current.isEmpty()) {
            const QFileInfo info(current);
            m_ui->pathEdit->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                                        QLatin1String(kFormats[m_ui->formatCombo->currentIndex()].suffix)));
        }
        updateState();
    });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDiagramDialog::updateState);
    connect(m_ui->scaleSpin, &QDoubleSpinBox::valueChanged, this, &ExportDiagramDialog::updateState);
    connect(m_ui->selectionCheck, &QCheckBox::toggled, this, &ExportDiagramDialog::updateState);
    updateState();
}

ExportDiagramDialog::~ExportDiagramDialog() = default;

QString ExportDiagramDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

diagram::ExportFormat ExportDiagramDialog::format() const
{
    return kFormats[qBound(0, m_ui->formatCombo->currentIndex(), int(std::size(kFormats)) - 1)].format;
}

diagram::ExportOptions ExportDiagramDialog::options() const
{
    diagram::ExportOptions options;
    if (m_ui->selectionCheck->isChecked())
        options.tableIds = m_selectedTables;
    options.scale = m_ui->scaleSpin->value();
    options.theme = m_ui->themeCombo->currentIndex() == 1 ? diagram::DiagramTheme::darkTheme()
                                                          : diagram::DiagramTheme::lightTheme();
    options.title = m_document.name;
    return options;
}

void ExportDiagramDialog::browse()
{
    const QString filter = tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)");
    QString selectedFilter = filter.split(QStringLiteral(";;")).value(m_ui->formatCombo->currentIndex());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"), path(), filter,
                                                        &selectedFilter);
    if (chosen.isEmpty())
        return;
    m_ui->pathEdit->setText(chosen);
    const QString suffix = QFileInfo(chosen).suffix().toLower();
    for (int i = 0; i < int(std::size(kFormats)); ++i) {
        if (suffix == QLatin1String(kFormats[i].suffix))
            m_ui->formatCombo->setCurrentIndex(i);
    }
}

void ExportDiagramDialog::updateState()
{
    const bool png = format() == diagram::ExportFormat::Png;
    m_ui->scaleSpin->setEnabled(png);
    m_ui->scaleLabel->setEnabled(png);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty());
    const qsizetype tables = m_ui->selectionCheck->isChecked() ? m_selectedTables.size()
                                                                : m_document.model.tables.size();
    m_ui->sizeLabel->setText(tr("%n table(s) will be drawn.", nullptr, int(tables)));
}

QString ExportDiagramDialog::exportNow() const
{
    const diagram::ExportOptions opts = options();
    const diagram::DiagramGeometry geometry = diagram::DiagramGeometry::compute(m_document, opts.font);
    const diagram::DiagramExporter exporter(geometry, opts);
    if (const core::Status ok = exporter.check(); !ok)
        return ok.error().toString();
    const auto bytes = exporter.exportAs(format());
    if (!bytes)
        return bytes.error().toString();
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return tr("%1: cannot write: %2").arg(path(), file.errorString());
    return {};
}

void ExportDiagramDialog::accept()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportNow();
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Diagram"), error);
        return; // keep the dialog open so the user can fix the path
    }
    QDialog::accept();
}

} // namespace schemata::widgets
