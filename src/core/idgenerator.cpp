#include "core/idgenerator.h"

namespace schemata::core {

IdGenerator::IdGenerator() : m_random(QRandomGenerator::system()->generate64()) {}

IdGenerator::IdGenerator(quint64 seed) : m_random(seed) {}

Id IdGenerator::next(QStringView prefix)
{
    // 48 random bits: collisions within one document are vanishingly unlikely, and the
    // document loader rejects duplicates anyway.
    const quint64 bits = m_random.generate64() & 0xFFFFFFFFFFFFull;
    return Id(prefix.toString() + QLatin1Char('_') + QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0')));
}

} // namespace schemata::core
