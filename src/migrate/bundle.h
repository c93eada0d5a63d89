#pragma once

#include "core/result.h"
#include "document/migrationhistory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::migrate {

// Layouts that deployment tools read (see docs/migration-bundles.md for each one's rules).
enum class BundleFormat {
    Plain,         // NNNN_name.up.sql / NNNN_name.down.sql
    GolangMigrate, // <id>_name.up.sql / .down.sql
    Dbmate,        // <id>_name.sql with "-- migrate:up" / "-- migrate:down"
    Flyway,        // V<n>__name.sql + U<n>__name.sql
    Liquibase,     // changelog.sql: formatted SQL, "--changeset", "--rollback" blocks
    Alembic,       // versions/<id>_name.py: revision/down_revision chain, upgrade()/downgrade() via op.execute
    Prisma,        // migrations/<id>_name/migration.sql + migration_lock.toml
    Sqitch,        // sqitch.plan + deploy/ revert/ verify/<name>.sql
};

QStringList bundleFormatNames(); // "plain", "golang-migrate", "dbmate", "flyway", "liquibase", "alembic", "prisma", "sqitch"
std::optional<BundleFormat> bundleFormatFromName(QStringView name);

struct BundleFile
{
    QString path; // relative, '/'-separated
    QByteArray content;
};

// Every file of the bundle plus a checksum manifest ("SHA256SUMS", sha256sum format,
// covering every other file, sorted by path). Deterministic bytes. Errors: invalid
// history (validateHistory), a migration without a script for `dialect`.
core::Result<QList<BundleFile>> buildBundle(const document::MigrationHistory& history,
                                            QStringView dialect, BundleFormat format,
                                            const QString& projectName);

// Atomic enough for users: into a new or empty directory (refuses to overwrite a
// non-empty one that is not a previous bundle of the same format), or a .zip archive
// (stored entries, fixed timestamps, so the zip is deterministic too).
core::Status writeBundleDirectory(const QList<BundleFile>& files, const QString& directory);
core::Status writeBundleZip(const QList<BundleFile>& files, const QString& zipPath);

} // namespace schemata::migrate
