#pragma once

#include "connect/connectionprofile.h"

#include <QList>
#include <QString>

class QSettings;

namespace schemata::app {

// A connection profile under the name the user gave it.
struct NamedProfile
{
    QString name;
    connect::ConnectionProfile profile;

    friend bool operator==(const NamedProfile&, const NamedProfile&) = default;
};

// Connection profiles in the studio's settings (passed in, not owned). Every field of
// the profile is written except a password, which the profile does not hold: passwords
// live in the PasswordStore under the profile's name.
class ConnectionProfileStore
{
public:
    explicit ConnectionProfileStore(QSettings* settings);

    // Sorted by name, so menus and tests see the same order every run.
    QList<NamedProfile> profiles() const;
    void save(const NamedProfile& profile);
    void remove(const QString& name);

private:
    QSettings* m_settings;
};

} // namespace schemata::app
