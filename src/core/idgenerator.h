#pragma once

#include "core/id.h"

#include <QRandomGenerator>
#include <QString>

namespace schemata::core {

// Produces new object IDs: a kind prefix plus 12 hex digits ("tbl_3f9a2c1b07de").
// Passed to whoever creates objects (no global generator); seeded for tests and
// benchmarks so that their documents are reproducible byte for byte.
class IdGenerator
{
public:
    IdGenerator();                          // random seed, for interactive use
    explicit IdGenerator(quint64 seed);     // deterministic sequence

    Id next(QStringView prefix);

private:
    QRandomGenerator64 m_random;
};

} // namespace schemata::core
