#include "widgets/connect/newfromdatabasedialog.h"

#include "app/passwordstore.h"
#include "connect/databasesession.h"
#include "widgets/connect/connectiondialog.h"
#include "widgets/connect/importprogresstext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <thread>

namespace schemata::widgets {

NewFromDatabaseDialog::NewFromDatabaseDialog(app::ConnectionProfileStore* profiles,
                                             app::PasswordStore* passwords, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_passwords(passwords),
      m_job(new app::ImportJob(this)), m_alive(std::make_shared<bool>(true))
{
    setObjectName(QStringLiteral("newFromDatabaseDialog"));
    setWindowTitle(tr("New from Database"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* profileRow = new QHBoxLayout;
    m_profileCombo = new QComboBox(this);
    auto* edit = new QPushButton(tr("Connections…"), this);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(edit);
    form->addRow(tr("Connection:"), profileRow);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked each session when no keychain is available"));
    form->addRow(tr("&Password:"), m_password);
    auto* schemaRow = new QVBoxLayout;
    m_listButton = new QPushButton(tr("&List Schemas"), this);
    m_schemas = new QListWidget(this);
    m_schemas->setObjectName(QStringLiteral("schemaList"));
    m_schemas->setMinimumHeight(120);
    schemaRow->addWidget(m_listButton, 0, Qt::AlignLeft);
    schemaRow->addWidget(m_schemas);
    form->addRow(tr("Schemas:"), schemaRow);
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("tablePattern"));
    m_pattern->setPlaceholderText(tr("all tables; e.g. order*, sales.* or !*_log to leave out"));
    m_pattern->setToolTip(
        tr("Table name patterns, separated by commas or spaces: * matches any run of "
           "characters, ? one character; each is matched against the name and schema.name "
           "of tables and views. A pattern starting with ! leaves matching tables and views "
           "out. Foreign keys to tables left out, and kept views whose SQL names a table or "
           "view left out, are listed in the import report."));
    form->addRow(tr("&Tables:"), m_pattern);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(edit, &QPushButton::clicked, this, &NewFromDatabaseDialog::editConnections);
    connect(m_listButton, &QPushButton::clicked, this, &NewFromDatabaseDialog::listSchemas);
    connect(m_importButton, &QPushButton::clicked, this, &NewFromDatabaseDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job->isRunning())
            m_job->cancel(); // stays open: the user may start again
        else
            reject();
    });
    connect(m_job, &app::ImportJob::finished, this, &NewFromDatabaseDialog::importFinished);
    connect(m_job, &app::ImportJob::progressed, this, &NewFromDatabaseDialog::showProgress);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_schemas->clear();
        m_password->clear();
        if (index >= 0 && index < m_list.size() && m_passwords &&
            m_list.at(index).profile.dialect != u"sqlite") {
            if (const auto stored = m_passwords->password(m_list.at(index).name))
                m_password->setText(*stored);
        }
    });
    reloadProfiles({});
    resize(520, 460);
}

NewFromDatabaseDialog::~NewFromDatabaseDialog()
{
    *m_alive = false;
}

void NewFromDatabaseDialog::reloadProfiles(const QString& select)
{
    const QList<app::NamedProfile> unsaved = m_list;
    m_list = m_profiles ? m_profiles->profiles() : QList<app::NamedProfile>{};
    m_profileCombo->blockSignals(true);
    m_profileCombo->clear();
    for (const app::NamedProfile& p : std::as_const(m_list))
        m_profileCombo->addItem(
            p.profile.label.isEmpty() ? p.name : tr("%1 [%2]").arg(p.name, p.profile.label));
    m_profileCombo->blockSignals(false);
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).name == select)
            m_profileCombo->setCurrentIndex(i);
    }
}

void NewFromDatabaseDialog::setProfile(const app::NamedProfile& profile, const QString& password)
{
    int index = -1;
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).name == profile.name)
            index = i;
    }
    if (index < 0) {
        m_list << profile;
        m_profileCombo->addItem(profile.name);
        index = int(m_list.size()) - 1;
    } else {
        m_list[index] = profile;
    }
    m_profileCombo->setCurrentIndex(index);
    if (!password.isEmpty())
        m_password->setText(password);
}

void NewFromDatabaseDialog::setTablePattern(const QString& pattern)
{
    m_pattern->setText(pattern);
}

app::NamedProfile NewFromDatabaseDialog::currentProfile() const
{
    const int index = m_profileCombo->currentIndex();
    return index >= 0 && index < m_list.size() ? m_list.at(index) : app::NamedProfile{};
}

void NewFromDatabaseDialog::editConnections()
{
    ConnectionDialog dialog(m_profiles, m_passwords, this);
    const app::NamedProfile current = currentProfile();
    if (!current.name.isEmpty())
        dialog.setNamedProfile(current);
    if (dialog.exec() == QDialog::Accepted) {
        reloadProfiles(dialog.namedProfile().name);
        m_password->setText(dialog.password());
    }
}

void NewFromDatabaseDialog::setBusy(bool busy, const QString& text)
{
    m_progress->setRange(0, 0); // busy indicator until the first progress report
    m_progress->setVisible(busy);
    m_listButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
    m_profileCombo->setEnabled(!busy);
    m_status->setText(text);
}

void NewFromDatabaseDialog::listSchemas()
{
    const app::NamedProfile named = currentProfile();
    if (named.name.isEmpty()) {
        m_status->setText(tr("Choose or create a connection first."));
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(named.name));
    QPointer<NewFromDatabaseDialog> self(this);
    std::shared_ptr<bool> alive = m_alive;
    const QString password = m_password->text();
    std::thread([self, alive, named, password] {
        QStringList names;
        QString error;
        if (auto session = connect::DatabaseSession::open(named.profile, password)) {
            if (auto listed = app::listSchemas(*session.value()))
                names = listed.value();
            else
                error = listed.error().toString();
        } else {
            error = session.error().message;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, alive, names, error] {
                NewFromDatabaseDialog* dialog = self.data();
                if (*alive && dialog)
                    dialog->finishListing(names, error);
            },
            Qt::QueuedConnection);
    }).detach();
}

void NewFromDatabaseDialog::finishListing(const QStringList& names, const QString& error)
{
    setBusy(false, error.isEmpty() ? tr("%n schema(s)", nullptr, int(names.size())) : error);
    m_schemas->clear();
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_schemas);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    Q_EMIT schemasListed(error.isEmpty(), error);
}

QStringList NewFromDatabaseDialog::checkedSchemas() const
{
    QStringList names;
    for (int i = 0; i < m_schemas->count(); ++i) {
        if (m_schemas->item(i)->checkState() == Qt::Checked)
            names << m_schemas->item(i)->text();
    }
    return names;
}

void NewFromDatabaseDialog::setSchemaChecked(const QString& schema, bool checked)
{
    for (int i = 0; i < m_schemas->count(); ++i) {
        if (m_schemas->item(i)->text() == schema)
            m_schemas->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void NewFromDatabaseDialog::startImport()
{
    const app::NamedProfile named = currentProfile();
    if (named.name.isEmpty()) {
        m_status->setText(tr("Choose or create a connection first."));
        return;
    }
    connect::CatalogFilter filter;
    // Unlisted schemas mean the reader's default (every user schema / the database).
    filter.schemas = checkedSchemas();
    if (m_schemas->count() > 0 && filter.schemas.isEmpty()) {
        m_status->setText(tr("Check at least one schema."));
        return;
    }
    const QString password = m_password->text();
    if (m_passwords && !password.isEmpty() && named.profile.dialect != u"sqlite" &&
        !m_passwords->password(named.name))
        m_passwords->setPassword(named.name, password); // this session at least
    app::setTablePatterns(filter, m_pattern->text());
    setBusy(true, tr("Reading the catalog of %1…").arg(named.name));
    m_job->startWithProgress(
        [profile = named.profile, password, filter](const app::ImportJob::Cancelled& cancelled,
                                                    const app::ImportJob::Progress& progress) {
            connect::CatalogFilter withCancel = filter;
            withCancel.cancelled = cancelled;
            withCancel.progress = progress;
            return connect::importDatabase(profile, password, withCancel);
        });
}

void NewFromDatabaseDialog::showProgress(const QString& phase, qsizetype done, qsizetype total,
                                         const QString& unit)
{
    // QProgressBar takes int; a catalog never has 2^31 tables.
    m_progress->setRange(0, int(qMax<qsizetype>(total, 1)));
    m_progress->setValue(int(qMin(done, total)));
    m_status->setText(ImportProgressText::describe(phase, done, total, unit));
}

QString NewFromDatabaseDialog::statusText() const
{
    return m_status->text();
}

void NewFromDatabaseDialog::importFinished(app::ImportJob::Outcome outcome, const QString& message)
{
    setBusy(false, outcome == app::ImportJob::Outcome::Cancelled ? tr("Cancelled.") : message);
    if (outcome == app::ImportJob::Outcome::Imported)
        accept();
}

} // namespace schemata::widgets
