#include "app/connectionprofilestore.h"

#include <QSettings>
#include <algorithm>

namespace schemata::app {

namespace {

const QString kGroup = QStringLiteral("connections");

// Profile names are free text; QSettings treats '/' and '\\' in keys as separators.
QString keyFor(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings* settings) : m_settings(settings) {}

QList<NamedProfile> ConnectionProfileStore::profiles() const
{
    QList<NamedProfile> result;
    if (!m_settings)
        return result;
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->childGroups();
    for (const QString& key : keys) {
        m_settings->beginGroup(key);
        NamedProfile named;
        named.name = QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
        connect::ConnectionProfile& p = named.profile;
        p.dialect = m_settings->value(QStringLiteral("dialect")).toString();
        p.label = m_settings->value(QStringLiteral("label")).toString();
        p.color = m_settings->value(QStringLiteral("color")).toString();
        p.host = m_settings->value(QStringLiteral("host")).toString();
        p.port = m_settings->value(QStringLiteral("port"), 0).toInt();
        p.socket = m_settings->value(QStringLiteral("socket")).toString();
        p.database = m_settings->value(QStringLiteral("database")).toString();
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.sslMode = m_settings->value(QStringLiteral("sslMode")).toString();
        p.sslCaFile = m_settings->value(QStringLiteral("sslCaFile")).toString();
        p.sslCertFile = m_settings->value(QStringLiteral("sslCertFile")).toString();
        p.sslKeyFile = m_settings->value(QStringLiteral("sslKeyFile")).toString();
        p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        p.connectTimeoutSeconds =
            m_settings->value(QStringLiteral("connectTimeout"), p.connectTimeoutSeconds).toInt();
        p.queryTimeoutSeconds =
            m_settings->value(QStringLiteral("queryTimeout"), p.queryTimeoutSeconds).toInt();
        m_settings->endGroup();
        result << named;
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const NamedProfile& a, const NamedProfile& b) { return a.name < b.name; });
    return result;
}

void ConnectionProfileStore::save(const NamedProfile& named)
{
    if (!m_settings)
        return;
    const connect::ConnectionProfile& p = named.profile;
    m_settings->beginGroup(kGroup);
    m_settings->remove(keyFor(named.name));
    m_settings->beginGroup(keyFor(named.name));
    m_settings->setValue(QStringLiteral("dialect"), p.dialect);
    m_settings->setValue(QStringLiteral("label"), p.label);
    m_settings->setValue(QStringLiteral("color"), p.color);
    m_settings->setValue(QStringLiteral("host"), p.host);
    m_settings->setValue(QStringLiteral("port"), p.port);
    m_settings->setValue(QStringLiteral("socket"), p.socket);
    m_settings->setValue(QStringLiteral("database"), p.database);
    m_settings->setValue(QStringLiteral("user"), p.user);
    m_settings->setValue(QStringLiteral("sslMode"), p.sslMode);
    // Paths only: the files stay where the user keeps them (a key's passphrase, if any,
    // is asked by the driver, never stored).
    m_settings->setValue(QStringLiteral("sslCaFile"), p.sslCaFile);
    m_settings->setValue(QStringLiteral("sslCertFile"), p.sslCertFile);
    m_settings->setValue(QStringLiteral("sslKeyFile"), p.sslKeyFile);
    m_settings->setValue(QStringLiteral("readOnly"), p.readOnly);
    m_settings->setValue(QStringLiteral("connectTimeout"), p.connectTimeoutSeconds);
    m_settings->setValue(QStringLiteral("queryTimeout"), p.queryTimeoutSeconds);
    m_settings->endGroup();
    m_settings->endGroup();
}

void ConnectionProfileStore::remove(const QString& name)
{
    if (!m_settings)
        return;
    m_settings->beginGroup(kGroup);
    m_settings->remove(keyFor(name));
    m_settings->endGroup();
}

} // namespace schemata::app
