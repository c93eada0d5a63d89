#include "connect/mariadbresult.h"

#include "connect/mariadbdriver.h"
#include "connect/mariadbvalue.h"

#include <QSqlError>
#include <QSqlField>
#include <mysql.h>

namespace schemata::connect {

MariaDbResult::MariaDbResult(const MariaDbDriver* driver) : QSqlResult(driver) {}

MariaDbResult::~MariaDbResult()
{
    clear();
}

const MariaDbDriver* MariaDbResult::mariaDb() const
{
    return static_cast<const MariaDbDriver*>(driver());
}

void MariaDbResult::clear()
{
    if (m_result != nullptr) {
        mysql_free_result(m_result);
        m_result = nullptr;
    }
    m_record.clear();
    m_row.clear();
    m_affected = -1;
    m_insertId = 0;
}

bool MariaDbResult::reset(const QString& query)
{
    clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    const MariaDbDriver* db = mariaDb();
    MYSQL* mysql = db != nullptr ? db->connection() : nullptr;
    if (mysql == nullptr || !db->isOpen()) {
        setLastError(QSqlError(QStringLiteral("Unable to execute query"),
                               QStringLiteral("the connection is not open"),
                               QSqlError::StatementError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    if (mysql_real_query(mysql, sql.constData(), static_cast<unsigned long>(sql.size())) != 0) {
        setLastError(
            db->makeError(QStringLiteral("Unable to execute query"), QSqlError::StatementError));
        return false;
    }
    m_result = mysql_store_result(mysql);
    if (m_result == nullptr && mysql_field_count(mysql) != 0) {
        setLastError(
            db->makeError(QStringLiteral("Unable to store result"), QSqlError::StatementError));
        return false;
    }
    m_affected = static_cast<qint64>(mysql_affected_rows(mysql));
    m_insertId = mysql_insert_id(mysql);
    // The rest of a multi-statement query runs now, and its first failure is this query's
    // failure: QMYSQL would leave it unread and report success.
    while (mysql_next_result(mysql) == 0) {
        if (MYSQL_RES* extra = mysql_store_result(mysql))
            mysql_free_result(extra);
        else if (mysql_field_count(mysql) != 0)
            break; // could not store it: mysql_errno says why
    }
    if (mysql_errno(mysql) != 0) {
        setLastError(
            db->makeError(QStringLiteral("Unable to execute query"), QSqlError::StatementError));
        clear();
        return false;
    }
    if (m_result != nullptr) {
        const unsigned columns = mysql_num_fields(m_result);
        const MYSQL_FIELD* fields = mysql_fetch_fields(m_result);
        for (unsigned i = 0; i < columns; ++i) {
            QSqlField field(QString::fromUtf8(fields[i].name), mariaDbFieldType(fields[i]),
                            QString::fromUtf8(fields[i].table));
            field.setRequired((fields[i].flags & NOT_NULL_FLAG) != 0);
            field.setLength(int(fields[i].length));
            field.setPrecision(int(fields[i].decimals));
            m_record.append(field);
        }
    }
    setSelect(m_result != nullptr);
    setActive(true);
    return true;
}

bool MariaDbResult::fetch(int row)
{
    if (m_result == nullptr || row < 0 || quint64(row) >= mysql_num_rows(m_result))
        return false;
    if (at() != row - 1)
        mysql_data_seek(m_result, quint64(row));
    MYSQL_ROW cells = mysql_fetch_row(m_result);
    const unsigned long* lengths = mysql_fetch_lengths(m_result);
    if (cells == nullptr || lengths == nullptr)
        return false;
    const unsigned columns = mysql_num_fields(m_result);
    const MYSQL_FIELD* fields = mysql_fetch_fields(m_result);
    m_row.clear();
    m_row.reserve(columns);
    for (unsigned i = 0; i < columns; ++i)
        m_row.append(mariaDbValue(fields[i], cells[i], lengths[i], numericalPrecisionPolicy()));
    setAt(row);
    return true;
}

bool MariaDbResult::fetchFirst()
{
    return fetch(0);
}

bool MariaDbResult::fetchLast()
{
    return m_result != nullptr && mysql_num_rows(m_result) > 0 &&
           fetch(int(mysql_num_rows(m_result) - 1));
}

QVariant MariaDbResult::data(int column)
{
    if (column < 0 || column >= m_row.size()) {
        qWarning("MariaDbResult::data: column %d out of range", column);
        return {};
    }
    return m_row.at(column);
}

bool MariaDbResult::isNull(int column)
{
    return column < 0 || column >= m_row.size() || m_row.at(column).isNull();
}

int MariaDbResult::size()
{
    return m_result != nullptr && isSelect() ? int(mysql_num_rows(m_result)) : -1;
}

int MariaDbResult::numRowsAffected()
{
    return int(m_affected);
}

QSqlRecord MariaDbResult::record() const
{
    return m_record;
}

QVariant MariaDbResult::lastInsertId() const
{
    return m_insertId != 0 ? QVariant(qulonglong(m_insertId)) : QVariant();
}

QVariant MariaDbResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_result));
}

} // namespace schemata::connect
