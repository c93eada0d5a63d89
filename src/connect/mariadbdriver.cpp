#include "connect/mariadbdriver.h"

#include "connect/mariadbcertificatecheck.h"
#include "connect/mariadbresult.h"

#include <QSqlField>
#include <mutex>

namespace schemata::connect {

namespace {

// mysql_library_init is not thread-safe and mysql_init calls it on first use; sessions
// open on worker threads, so the first call is made exactly once here.
void initialiseLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

QByteArray local8(const QString& text)
{
    return text.toLocal8Bit();
}

} // namespace

MariaDbDriver::MariaDbDriver(MariaDbTlsSettings settings, QObject* parent)
    : QSqlDriver(parent), m_settings(std::move(settings))
{}

MariaDbDriver::~MariaDbDriver()
{
    close();
}

bool MariaDbDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case LowPrecisionNumbers:
        return true;
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError MariaDbDriver::makeError(const QString& what, QSqlError::ErrorType type) const
{
    if (m_mysql == nullptr)
        return QSqlError(what, QString(), type);
    return QSqlError(what, QString::fromUtf8(mysql_error(m_mysql)), type,
                     QString::number(mysql_errno(m_mysql)));
}

bool MariaDbDriver::open(const QString& database, const QString& user, const QString& password,
                         const QString& host, int port, const QString& /*options*/)
{
    close();
    initialiseLibraryOnce();
    m_mysql = mysql_init(nullptr);
    if (m_mysql == nullptr) {
        setLastError(QSqlError(tr("Unable to allocate a MariaDB connection"), QString(),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    const unsigned connectTimeout = m_settings.connectTimeoutSeconds;
    const unsigned ioTimeout = m_settings.ioTimeoutSeconds;
    const unsigned tcp = MYSQL_PROTOCOL_TCP;
    const QByteArray ca = local8(m_settings.caFile);
    const QByteArray cert = local8(m_settings.certFile);
    const QByteArray key = local8(m_settings.keyFile);
    mysql_optionsv(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_PROTOCOL, &tcp);
    mysql_optionsv(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    if (!ca.isEmpty())
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_CA, ca.constData());
    if (!cert.isEmpty())
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_CERT, cert.constData());
    if (!key.isEmpty())
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_KEY, key.constData());
    if (!installCertificateCheck(m_mysql, m_settings.check)) {
        setLastError(
            QSqlError(tr("Unable to connect"),
                      tr("TLS: this MariaDB Connector/C (%1) cannot check the server's certificate "
                         "(it needs 3.4 or newer); refusing to connect unverified")
                          .arg(QString::fromLatin1(mysql_get_client_info())),
                      QSqlError::ConnectionError, QStringLiteral("2026")));
        mysql_close(m_mysql);
        m_mysql = nullptr;
        setOpenError(true);
        return false;
    }
    const QByteArray hostBytes = host.toUtf8();
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    const QByteArray databaseBytes = database.toUtf8();
    // Multiple statements per query, as QMYSQL allows, so scripts run the same way.
    if (mysql_real_connect(m_mysql, hostBytes.constData(), userBytes.constData(),
                           passwordBytes.constData(),
                           database.isEmpty() ? nullptr : databaseBytes.constData(),
                           port > 0 ? unsigned(port) : 0U, nullptr,
                           CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS) == nullptr) {
        setLastError(makeError(tr("Unable to connect"), QSqlError::ConnectionError));
        mysql_close(m_mysql);
        m_mysql = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void MariaDbDriver::close()
{
    if (m_mysql != nullptr) {
        mysql_close(m_mysql);
        m_mysql = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* MariaDbDriver::createResult() const
{
    return new MariaDbResult(this);
}

bool MariaDbDriver::runCommand(const char* sql, const QString& what)
{
    if (!isOpen() || m_mysql == nullptr) {
        setLastError(
            QSqlError(what, tr("the connection is not open"), QSqlError::TransactionError));
        return false;
    }
    if (mysql_query(m_mysql, sql) != 0) {
        setLastError(makeError(what, QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool MariaDbDriver::beginTransaction()
{
    return runCommand("START TRANSACTION", tr("Unable to begin transaction"));
}

bool MariaDbDriver::commitTransaction()
{
    return runCommand("COMMIT", tr("Unable to commit transaction"));
}

bool MariaDbDriver::rollbackTransaction()
{
    return runCommand("ROLLBACK", tr("Unable to roll back transaction"));
}

QString MariaDbDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    switch (field.metaType().id()) {
    case QMetaType::QString: {
        // With the server's default sql_mode a backslash escapes, so doubling quotes (the
        // base class) is not enough; the connection's own escaping knows its charset.
        QByteArray text = field.value().toString().toUtf8();
        if (trimStrings)
            text = text.trimmed();
        if (m_mysql == nullptr)
            break;
        QByteArray escaped(text.size() * 2 + 1, Qt::Uninitialized);
        const unsigned long length = mysql_real_escape_string(
            m_mysql, escaped.data(), text.constData(), static_cast<unsigned long>(text.size()));
        escaped.truncate(qsizetype(length));
        return u'\'' + QString::fromUtf8(escaped) + u'\'';
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = field.value().toByteArray();
        return bytes.isEmpty() ? QStringLiteral("''")
                               : QStringLiteral("X'") + QString::fromLatin1(bytes.toHex()) + u'\'';
    }
    case QMetaType::Bool:
        return field.value().toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        break;
    }
    return QSqlDriver::formatValue(field, trimStrings);
}

QString MariaDbDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, FieldName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'`', QStringLiteral("``"));
    return u'`' + escaped + u'`';
}

QVariant MariaDbDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_mysql));
}

} // namespace schemata::connect
