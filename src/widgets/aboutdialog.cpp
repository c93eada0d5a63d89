#include "widgets/aboutdialog.h"

#include "ui_aboutdialog.h"
#include "widgets/svgicon.h"

#include <QCoreApplication>
#include <QIcon>

namespace schemata::widgets {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(svgIcon(QStringLiteral(":/icons/io.schemata.Studio.svg")).pixmap(64, 64));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1, built with Qt %2")
                                    .arg(QCoreApplication::applicationVersion(),
                                         QString::fromLatin1(qVersion())));
    m_ui->creditsLabel->setText(
        tr("Syntax highlighting by KDE's KSyntaxHighlighting; text views by QScintilla."));
}

AboutDialog::~AboutDialog() = default;

} // namespace schemata::widgets
