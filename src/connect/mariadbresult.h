#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

typedef struct st_mysql_res MYSQL_RES;

namespace schemata::connect {

class MariaDbDriver;

// One query on a MariaDbDriver connection: the text protocol, the whole result stored
// client-side (mysql_store_result), so size() and seeking work and the connection is free
// for the next query as soon as exec() returns.
class MariaDbResult : public QSqlResult
{
public:
    explicit MariaDbResult(const MariaDbDriver* driver);
    ~MariaDbResult() override;

protected:
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool reset(const QString& query) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    QVariant handle() const override;

private:
    void clear();
    const MariaDbDriver* mariaDb() const;

    MYSQL_RES* m_result = nullptr;
    QSqlRecord m_record;
    QVariantList m_row; // the current row, converted
    qint64 m_affected = -1;
    quint64 m_insertId = 0;
};

} // namespace schemata::connect
