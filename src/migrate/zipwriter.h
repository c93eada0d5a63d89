#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace schemata::migrate {

// Writes a ZIP archive of stored (uncompressed) entries in memory. Deterministic: the
// entries come out in the order added, every timestamp is 1980-01-01 00:00 (the DOS
// epoch), names are flagged UTF-8, and the "made by" host is Unix with mode 0644 so that
// unzip restores ordinary file permissions. No ZIP64: more than 65,535 entries or 4 GiB
// is refused, which a migration bundle never comes near.
class ZipWriter
{
public:
    core::Status add(const QString& path, const QByteArray& content);
    core::Result<QByteArray> finish() const;

    static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0; // of the local header
    };

    QByteArray m_data; // local headers and contents so far
    QList<Entry> m_entries;
};

} // namespace schemata::migrate
