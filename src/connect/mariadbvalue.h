#pragma once

#include <QMetaType>
#include <QSql>
#include <QVariant>
#include <mysql.h>

namespace schemata::connect {

// The Qt type a MariaDB/MySQL result column maps to, as QMYSQL maps it: integers by size
// and sign, DECIMAL/FLOAT/DOUBLE as double, dates and times as QDate/QTime/QDateTime,
// binary strings and BLOBs as QByteArray, every other string as QString.
QMetaType mariaDbFieldType(const MYSQL_FIELD& field);

// One text-protocol cell (nullptr for SQL NULL) as a QVariant of that type. DECIMAL keeps
// its exact text unless the policy asks for a double.
QVariant mariaDbValue(const MYSQL_FIELD& field, const char* text, unsigned long length,
                      QSql::NumericalPrecisionPolicy policy);

} // namespace schemata::connect
