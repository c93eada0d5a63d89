#include "widgets/connect/connectiondialog.h"

#include "app/passwordstore.h"
#include "connect/databasesession.h"

#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <thread>

namespace schemata::widgets {

namespace {

struct DialectEntry
{
    const char* id;
    const char* name;
    int port;
};
constexpr DialectEntry kDialects[] = {
    {"postgres", QT_TRANSLATE_NOOP("ConnectionDialog", "PostgreSQL"), 5432},
    {"mariadb", QT_TRANSLATE_NOOP("ConnectionDialog", "MariaDB"), 3306},
    {"mysql", QT_TRANSLATE_NOOP("ConnectionDialog", "MySQL"), 3306},
    {"sqlite", QT_TRANSLATE_NOOP("ConnectionDialog", "SQLite file"), 0},
};

// Readable text on the header strip whatever colour the user picked.
QColor textOn(const QColor& background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

ConnectionDialog::ConnectionDialog(app::ConnectionProfileStore* profiles,
                                   app::PasswordStore* passwords, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_passwords(passwords),
      m_alive(std::make_shared<bool>(true))
{
    setWindowTitle(tr("Database Connections"));
    setObjectName(QStringLiteral("connectionDialog"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("connectionHeader"));
    m_header->setAutoFillBackground(true);
    m_header->setMinimumHeight(44);
    auto* headerLayout = new QHBoxLayout(m_header);
    m_headerLabel = new QLabel(m_header);
    QFont bold = m_headerLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headerLabel->setFont(bold);
    headerLayout->addWidget(m_headerLabel);
    outer->addWidget(m_header);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 12, 16, 12);
    outer->addLayout(body);

    auto* pick = new QHBoxLayout;
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    auto* remove = new QPushButton(tr("Delete"), this);
    pick->addWidget(new QLabel(tr("Profile:"), this));
    pick->addWidget(m_profileCombo, 1);
    pick->addWidget(remove);
    body->addLayout(pick);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. shop (production)"));
    form->addRow(tr("&Name:"), m_name);
    m_dialect = new QComboBox(this);
    for (const DialectEntry& d : kDialects)
        m_dialect->addItem(tr(d.name), QString::fromLatin1(d.id));
    form->addRow(tr("&Dialect:"), m_dialect);
    auto* hostRow = new QHBoxLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("localhost"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    form->addRow(tr("Host:"), hostRow);
    m_socket = new QLineEdit(this);
    m_socket->setPlaceholderText(tr("unix socket (directory for PostgreSQL, file for MariaDB)"));
    form->addRow(tr("&Socket:"), m_socket);
    auto* dbRow = new QHBoxLayout;
    m_database = new QLineEdit(this);
    m_browse = new QPushButton(tr("Browse…"), this);
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(m_browse);
    form->addRow(tr("Database:"), dbRow);
    m_user = new QLineEdit(this);
    form->addRow(tr("&User:"), m_user);
    auto* pwRow = new QHBoxLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember in keychain"), this);
    m_remember->setChecked(true);
    pwRow->addWidget(m_password, 1);
    pwRow->addWidget(m_remember);
    form->addRow(tr("Password:"), pwRow);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    // The same meaning for every server dialect (libpq's); each says so where it is chosen.
    const std::pair<const char*, QString> modes[] = {
        {"prefer", tr("Encrypt if the server offers TLS; the certificate is not checked")},
        {"disable", tr("Never encrypt")},
        {"require", tr("Encrypt or refuse before logging in; with a CA file its chain is "
                       "checked, without one the certificate is not")},
        {"verify-ca", tr("Encrypt, and refuse a certificate the CA file did not sign")},
        {"verify-full", tr("Encrypt, and refuse a certificate the CA file did not sign or that "
                           "does not name the host")},
    };
    for (const auto& [mode, meaning] : modes) {
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
        m_sslMode->setItemData(m_sslMode->count() - 1, meaning, Qt::ToolTipRole);
    }
    form->addRow(tr("SS&L mode:"), m_sslMode);
    // Paths only, saved with the profile; the files themselves stay where they are.
    const auto fileRow = [&](QLineEdit*& edit, const QString& objectName, const QString& label,
                             const QString& placeholder, const QString& browseTitle) {
        auto* row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        auto* browse = new QPushButton(tr("Browse…"), this);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        m_tlsWidgets << edit << browse;
        QLineEdit* target = edit;
        connect(browse, &QPushButton::clicked, this,
                [this, target, browseTitle] { browseTlsFile(target, browseTitle); });
    };
    fileRow(m_sslCaFile, QStringLiteral("sslCaFile"), tr("CA file:"),
            tr("CA certificate that signed the server's (verify-ca, verify-full)"),
            tr("CA Certificate"));
    fileRow(m_sslCertFile, QStringLiteral("sslCertFile"), tr("Client certificate:"),
            tr("only for servers that log in by certificate"), tr("Client Certificate"));
    fileRow(m_sslKeyFile, QStringLiteral("sslKeyFile"), tr("Client key:"),
            tr("private key of the client certificate"), tr("Client Key"));
    auto* labelRow = new QHBoxLayout;
    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("e.g. production"));
    m_colour = new QPushButton(tr("Colour…"), this);
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_colour);
    form->addRow(tr("Label:"), labelRow);
    m_readOnly = new QCheckBox(tr("Read-only (never apply changes to this database)"), this);
    form->addRow(QString(), m_readOnly);
    body->addLayout(form);

    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    body->addLayout(testRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save && Use"));
    body->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        saveProfile();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profileCombo, &QComboBox::activated, this, &ConnectionDialog::profileChosen);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ConnectionDialog::dialectChanged);
    connect(m_label, &QLineEdit::textChanged, this, &ConnectionDialog::updateHeader);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::updateHeader);
    connect(m_colour, &QPushButton::clicked, this, &ConnectionDialog::chooseColour);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browseDatabase);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    reloadProfiles({});
    if (!m_saved.isEmpty())
        profileChosen(1);
    else
        dialectChanged();
    resize(560, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog()
{
    *m_alive = false;
}

void ConnectionDialog::reloadProfiles(const QString& select)
{
    m_saved = m_profiles ? m_profiles->profiles() : QList<app::NamedProfile>{};
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("New profile"));
    int current = 0;
    for (const app::NamedProfile& p : std::as_const(m_saved)) {
        m_profileCombo->addItem(p.name);
        if (p.name == select)
            current = m_profileCombo->count() - 1;
    }
    m_profileCombo->setCurrentIndex(current);
}

void ConnectionDialog::profileChosen(int index)
{
    m_profileCombo->setCurrentIndex(index);
    if (index <= 0 || index > m_saved.size()) {
        setNamedProfile({});
        return;
    }
    setNamedProfile(m_saved.at(index - 1));
}

app::NamedProfile ConnectionDialog::namedProfile() const
{
    app::NamedProfile named;
    connect::ConnectionProfile& p = named.profile;
    p.dialect = m_dialect->currentData().toString();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.socket = m_socket->text().trimmed();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = p.dialect == u"sqlite" ? QString() : m_sslMode->currentData().toString();
    if (p.dialect != u"sqlite") {
        p.sslCaFile = m_sslCaFile->text().trimmed();
        p.sslCertFile = m_sslCertFile->text().trimmed();
        p.sslKeyFile = m_sslKeyFile->text().trimmed();
    }
    p.label = m_label->text().trimmed();
    p.color = m_colourName;
    p.readOnly = m_readOnly->isChecked();
    named.name = m_name->text().trimmed();
    if (named.name.isEmpty())
        named.name = p.database.isEmpty() ? p.dialect : p.database;
    return named;
}

void ConnectionDialog::setNamedProfile(const app::NamedProfile& named)
{
    const connect::ConnectionProfile& p = named.profile;
    m_name->setText(named.name);
    const int dialect =
        m_dialect->findData(p.dialect.isEmpty() ? QStringLiteral("postgres") : p.dialect);
    m_dialect->setCurrentIndex(qMax(0, dialect));
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_socket->setText(p.socket);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(p.sslMode)));
    m_sslCaFile->setText(p.sslCaFile);
    m_sslCertFile->setText(p.sslCertFile);
    m_sslKeyFile->setText(p.sslKeyFile);
    m_label->setText(p.label);
    m_colourName = p.color;
    m_readOnly->setChecked(p.readOnly);
    m_password->clear();
    if (m_passwords && !named.name.isEmpty() && p.dialect != u"sqlite") {
        if (const auto stored = m_passwords->password(named.name))
            m_password->setText(*stored);
    }
    m_testResult->clear();
    dialectChanged();
    updateHeader();
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

void ConnectionDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void ConnectionDialog::saveProfile()
{
    const app::NamedProfile named = namedProfile();
    if (m_profiles)
        m_profiles->save(named);
    if (m_passwords && named.profile.dialect != u"sqlite") {
        if (m_remember->isChecked() && !password().isEmpty())
            m_passwords->setPassword(named.name, password());
        else if (!m_remember->isChecked())
            m_passwords->remove(named.name);
    }
    reloadProfiles(named.name);
}

void ConnectionDialog::deleteProfile()
{
    const int index = m_profileCombo->currentIndex();
    if (index <= 0 || index > m_saved.size())
        return;
    const QString name = m_saved.at(index - 1).name;
    if (m_profiles)
        m_profiles->remove(name);
    if (m_passwords)
        m_passwords->remove(name);
    reloadProfiles({});
    setNamedProfile({});
}

void ConnectionDialog::dialectChanged()
{
    const bool sqlite = m_dialect->currentData().toString() == u"sqlite";
    for (QWidget* w : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                       static_cast<QWidget*>(m_socket), static_cast<QWidget*>(m_user),
                       static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_remember),
                       static_cast<QWidget*>(m_sslMode)})
        w->setEnabled(!sqlite);
    for (QWidget* w : std::as_const(m_tlsWidgets))
        w->setEnabled(!sqlite);
    m_browse->setVisible(sqlite);
    m_database->setPlaceholderText(sqlite ? tr("/path/to/file.db") : tr("database name"));
    updateHeader();
}

void ConnectionDialog::updateHeader()
{
    const app::NamedProfile named = namedProfile();
    const QColor colour = named.profile.color.isEmpty() ? palette().color(QPalette::Mid)
                                                        : QColor(named.profile.color);
    QPalette pal = m_header->palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, textOn(colour));
    m_header->setPalette(pal);
    m_headerLabel->setPalette(pal);
    QString text = named.name;
    if (!named.profile.label.isEmpty())
        text = tr("%1 — %2").arg(named.profile.label.toUpper(), named.name);
    if (named.profile.readOnly)
        text += tr("  (read-only)");
    m_headerLabel->setText(text);
    QPixmap swatch(16, 16);
    swatch.fill(colour);
    m_colour->setIcon(QIcon(swatch));
}

void ConnectionDialog::chooseColour()
{
    const QColor chosen =
        QColorDialog::getColor(m_colourName.isEmpty() ? QColor(0xc0392b) : QColor(m_colourName),
                               this, tr("Profile Colour"));
    if (!chosen.isValid())
        return;
    m_colourName = chosen.name();
    updateHeader();
}

void ConnectionDialog::browseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("SQLite Database"), m_database->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        m_database->setText(path);
}

void ConnectionDialog::browseTlsFile(QLineEdit* target, const QString& title)
{
    const QString path =
        QFileDialog::getOpenFileName(this, title, target->text(),
                                     tr("Certificates and keys (*.pem *.crt *.cer *.key);;All "
                                        "files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

void ConnectionDialog::finishTest(bool ok, const QString& message)
{
    m_testing = false;
    m_test->setEnabled(true);
    m_testResult->setText(ok ? tr("Connected: %1").arg(message) : tr("Failed: %1").arg(message));
    Q_EMIT testFinished(ok, message);
}

QString ConnectionDialog::testMessage() const
{
    return m_testResult->text();
}

void ConnectionDialog::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    const connect::ConnectionProfile profile = namedProfile().profile;
    const QString pass = password();
    QPointer<ConnectionDialog> self(this);
    std::shared_ptr<bool> alive = m_alive;
    // The session opens and closes on the worker (Qt Sql connections belong to the
    // thread that made them); only the text comes back.
    std::thread([self, alive, profile, pass] {
        const auto session = connect::DatabaseSession::open(profile, pass);
        const bool ok = session.ok();
        QString message = ok ? session.value()->serverVersion() : session.error().message;
        if (ok) {
            // Whether it is encrypted, as the server reports it: "require" seen, not assumed.
            const auto tls = session.value()->tlsStatus();
            const QString summary = tls ? tls.value().summary() : tls.error().message;
            if (!summary.isEmpty())
                message = tr("%1 — %2").arg(message, summary);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, alive, ok, message] {
                ConnectionDialog* dialog = self.data();
                if (*alive && dialog)
                    dialog->finishTest(ok, message);
            },
            Qt::QueuedConnection);
    }).detach();
}

} // namespace schemata::widgets
