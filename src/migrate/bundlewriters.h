#pragma once

// The per-format writers behind buildBundle() (bundle.h). Each gets the history already
// validated and reduced to one dialect, and returns its files without the SHA256SUMS
// manifest, which buildBundle() adds. docs/migration-bundles.md describes every layout.

#include "migrate/bundle.h"

namespace schemata::migrate::bundles {

struct Entry
{
    int number = 0; // 1-based position in the history
    QString id;     // "yyyyMMddHHmmss"
    QString name;   // snake_case
    QString up;     // the script for the bundle's dialect, as stored
    QString down;
    bool irreversible = false;
};

struct Input
{
    QList<Entry> migrations; // history order
    QString dialect;         // canonical dialect name
    QString projectName;     // as given; writers that need an identifier normalise it
    bool backslashEscapes() const { return dialect == u"mysql" || dialect == u"mariadb"; }
};

QList<BundleFile> writePlain(const Input& input);
QList<BundleFile> writeGolangMigrate(const Input& input);
QList<BundleFile> writeDbmate(const Input& input);
QList<BundleFile> writeFlyway(const Input& input);
QList<BundleFile> writeLiquibase(const Input& input);
QList<BundleFile> writeAlembic(const Input& input);
QList<BundleFile> writePrisma(const Input& input);
QList<BundleFile> writeSqitch(const Input& input);

// "<id>: an irreversible migration" style notes shared by the writers.
QString irreversibleNote(const Entry& entry);

} // namespace schemata::migrate::bundles
