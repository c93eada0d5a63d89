#include "connect/catalogprogress.h"

namespace schemata::connect {

CatalogProgress::CatalogProgress(const CatalogFilter& filter, QString dialect, QString phase,
                                 qsizetype total, QString unit)
    : m_filter(filter), m_dialect(std::move(dialect)), m_phase(std::move(phase)),
      m_unit(std::move(unit)), m_total(total), m_every(qMax<qsizetype>(1, total / 100))
{
    // An empty phase (no views, no enums) is not worth a line in anyone's log.
    if (m_total > 0)
        m_filter.reportProgress(m_phase, 0, m_total, m_unit);
}

core::Status CatalogProgress::check() const
{
    if (!m_filter.isCancelled())
        return {};
    return core::Error{m_dialect + QStringLiteral(" catalog: ") + m_phase,
                       QStringLiteral("import cancelled")};
}

void CatalogProgress::row(const QString& key)
{
    if (!m_started || key != m_lastKey) {
        m_started = true;
        m_lastKey = key;
        advance();
    }
}

void CatalogProgress::step()
{
    advance();
}

void CatalogProgress::finish()
{
    if (m_total > 0)
        m_filter.reportProgress(m_phase, m_total, m_total, m_unit);
}

void CatalogProgress::advance()
{
    // Rows of tables outside the filter are skipped before they get here, but the count
    // must still never pass the total the user was shown.
    m_done = qMin(m_done + 1, m_total);
    if (m_done % m_every == 0 && m_done < m_total)
        m_filter.reportProgress(m_phase, m_done, m_total, m_unit);
}

} // namespace schemata::connect
