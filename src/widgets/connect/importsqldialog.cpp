#include "widgets/connect/importsqldialog.h"

#include "app/passwordstore.h"
#include "connect/connectionerror.h"
#include "sqlimport/scriptimport.h"
#include "widgets/connect/importprogresstext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemata::widgets {

namespace {

bool isMySql(const QString& dialect)
{
    return dialect == u"mysql" || dialect == u"mariadb";
}

} // namespace

ImportSqlDialog::ImportSqlDialog(app::ConnectionProfileStore* profiles,
                                 app::PasswordStore* passwords, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_passwords(passwords), m_job(new app::ImportJob(this))
{
    setObjectName(QStringLiteral("importSqlDialog"));
    setWindowTitle(tr("Import SQL Script"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("scriptPath"));
    m_path->setPlaceholderText(tr("a .sql file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    // A label for a row that is a layout gets no buddy, so no mnemonic either.
    form->addRow(tr("Script:"), pathRow);

    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("scriptDialect"));
    m_dialect->addItem(tr("PostgreSQL"), QStringLiteral("postgres"));
    m_dialect->addItem(tr("MySQL"), QStringLiteral("mysql"));
    m_dialect->addItem(tr("MariaDB"), QStringLiteral("mariadb"));
    m_dialect->addItem(tr("SQLite"), QStringLiteral("sqlite"));
    form->addRow(tr("&Dialect:"), m_dialect);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("scriptServer"));
    form->addRow(tr("&Run in:"), m_server);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked each session when no keychain is available"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("serverNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(6);
    layout->addWidget(m_note);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportSqlDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, &ImportSqlDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job->isRunning())
            m_job->cancel(); // stays open: the user may start again
        else
            reject();
    });
    connect(m_job, &app::ImportJob::finished, this, &ImportSqlDialog::importFinished);
    connect(m_job, &app::ImportJob::progressed, this, &ImportSqlDialog::showProgress);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ImportSqlDialog::updateChoice);
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_password->clear();
        const app::NamedProfile named = serverProfile();
        if (!named.name.isEmpty() && m_passwords) {
            if (const auto stored = m_passwords->password(named.name))
                m_password->setText(*stored);
        }
        updateChoice();
    });
    reloadProfiles();
    updateChoice();
    resize(560, 400);
}

ImportSqlDialog::~ImportSqlDialog() = default;

void ImportSqlDialog::reloadProfiles()
{
    m_servers.clear();
    if (m_profiles) {
        for (const app::NamedProfile& p : m_profiles->profiles()) {
            if (isMySql(p.profile.dialect))
                m_servers << p;
        }
    }
    m_server->blockSignals(true);
    m_server->clear();
    m_server->addItem(tr("Private scratch server (default)"));
    for (const app::NamedProfile& p : std::as_const(m_servers))
        m_server->addItem(p.profile.label.isEmpty() ? p.name
                                                    : tr("%1 [%2]").arg(p.name, p.profile.label));
    m_server->setCurrentIndex(0);
    m_server->blockSignals(false);
}

void ImportSqlDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import SQL Script"), m_path->text(),
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportSqlDialog::setScriptPath(const QString& path)
{
    m_path->setText(path);
}

QString ImportSqlDialog::scriptPath() const
{
    return m_path->text().trimmed();
}

void ImportSqlDialog::setDialect(const QString& dialect)
{
    const int index = m_dialect->findData(dialect);
    if (index >= 0)
        m_dialect->setCurrentIndex(index);
}

QString ImportSqlDialog::dialect() const
{
    return m_dialect->currentData().toString();
}

QStringList ImportSqlDialog::serverChoices() const
{
    QStringList choices;
    for (int i = 0; i < m_server->count(); ++i)
        choices << m_server->itemText(i);
    return choices;
}

void ImportSqlDialog::usePrivateServer()
{
    m_server->setCurrentIndex(0);
}

void ImportSqlDialog::setServerProfile(const app::NamedProfile& profile, const QString& password)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).name == profile.name)
            index = i;
    }
    if (index < 0) {
        m_servers << profile;
        m_server->addItem(profile.name);
        index = m_servers.size() - 1;
    } else {
        m_servers[index] = profile;
    }
    m_server->setCurrentIndex(int(index) + 1);
    if (!password.isEmpty())
        m_password->setText(password);
}

app::NamedProfile ImportSqlDialog::serverProfile() const
{
    const int row = m_server->currentIndex() - 1;
    return row >= 0 && row < m_servers.size() ? m_servers.at(row) : app::NamedProfile{};
}

bool ImportSqlDialog::runsOnServer() const
{
    return isMySql(dialect()) && !serverProfile().name.isEmpty();
}

bool ImportSqlDialog::canImport() const
{
    return !(runsOnServer() && serverProfile().profile.readOnly);
}

QString ImportSqlDialog::noteText() const
{
    return m_note->text();
}

// What the choice means, said before the run: where the statements go and what is refused.
void ImportSqlDialog::updateChoice()
{
    const QString d = dialect();
    const bool mysql = isMySql(d);
    m_server->setEnabled(mysql && !m_job->isRunning());
    const bool onServer = runsOnServer();
    m_password->setEnabled(onServer);
    QString note;
    if (d == u"postgres") {
        note = tr("PostgreSQL scripts are read by PostgreSQL's own parser (libpg_query); no "
                  "statement runs anywhere.");
    } else if (d == u"sqlite") {
        note = tr("SQLite scripts run in an in-memory SQLite database that is thrown away "
                  "afterwards.");
    } else if (!onServer) {
        note = tr("The script runs as written in a private MariaDB server started for this "
                  "import and removed afterwards (needs mariadb-server installed). Account "
                  "and server statements (GRANT, CREATE USER, SET GLOBAL, LOAD DATA …) are "
                  "not run; they are listed in the import report.");
    } else {
        const app::NamedProfile named = serverProfile();
        const QString where = connect::displayUrl(named.profile);
        if (named.profile.readOnly) {
            note = tr("%1 is marked read-only: the import would create and drop scratch "
                      "databases there. Choose the private server or another connection.")
                       .arg(named.name);
        } else {
            note = tr("The script runs in scratch databases schemata_verify_… created on %1 "
                      "(%2) and dropped afterwards; the account needs the right to create and "
                      "drop databases.\n\n"
                      "No existing database of that server is read or written. The script's "
                      "CREATE/DROP DATABASE and USE go to scratch databases; statements that "
                      "name a database of the server (shop.t, USE shop, DROP DATABASE shop), "
                      "dynamic SQL (PREPARE), tables whose data lives elsewhere (FEDERATED, "
                      "CONNECTION=) and SELECT … INTO OUTFILE are not run: each is listed in "
                      "the import report at its line.")
                       .arg(named.name, where);
        }
    }
    m_note->setText(note);
    m_importButton->setEnabled(canImport() && !m_job->isRunning());
}

void ImportSqlDialog::setBusy(bool busy, const QString& text)
{
    m_progress->setRange(0, 0); // busy indicator until the first progress report
    m_progress->setVisible(busy);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_dialect->setEnabled(!busy);
    m_status->setText(text);
    updateChoice();
    m_password->setEnabled(!busy && runsOnServer());
}

void ImportSqlDialog::startImport()
{
    if (m_job->isRunning())
        return;
    if (!canImport()) {
        m_status->setText(noteText());
        return;
    }
    const QString path = scriptPath();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_status->setText(path.isEmpty() ? tr("Choose a script first.")
                                         : tr("%1 is not a file.").arg(path));
        return;
    }
    sqlimport::ScriptImportOptions options;
    options.dialect = dialect();
    const app::NamedProfile named = serverProfile();
    const bool onServer = runsOnServer();
    if (onServer) {
        options.mysqlEngine.server = named.profile;
        options.mysqlEngine.password = m_password->text();
        if (m_passwords && !m_password->text().isEmpty() && !m_passwords->password(named.name))
            m_passwords->setPassword(named.name, m_password->text()); // this session at least
    }
    // Starting the job first: setBusy() reads isRunning() to lock the choices.
    m_job->startWithProgress([path, options](const app::ImportJob::Cancelled& cancelled,
                                             const app::ImportJob::Progress& progress) {
        sqlimport::ScriptImportOptions withCancel = options;
        // Checked between statements; a private server is stopped to interrupt a long one.
        withCancel.filter.cancelled = cancelled;
        withCancel.filter.progress = progress;
        return sqlimport::importScriptFile(path, withCancel);
    });
    setBusy(true, onServer ? tr("Running %1 on %2…").arg(QFileInfo(path).fileName(), named.name)
                           : tr("Importing %1…").arg(QFileInfo(path).fileName()));
}

void ImportSqlDialog::showProgress(const QString& phase, qsizetype done, qsizetype total,
                                   const QString& unit)
{
    // QProgressBar takes int; a catalog never has 2^31 tables.
    m_progress->setRange(0, int(qMax<qsizetype>(total, 1)));
    m_progress->setValue(int(qMin(done, total)));
    m_status->setText(ImportProgressText::describe(phase, done, total, unit));
}

QString ImportSqlDialog::statusText() const
{
    return m_status->text();
}

void ImportSqlDialog::importFinished(app::ImportJob::Outcome outcome, const QString& message)
{
    setBusy(false, outcome == app::ImportJob::Outcome::Cancelled ? tr("Cancelled.") : message);
    if (outcome == app::ImportJob::Outcome::Imported)
        accept();
}

} // namespace schemata::widgets
