#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::sqlite {

// The keywords the engine refuses (or reads differently) as bare lowercase identifiers, upper
// case and sorted; see sqlitekeywords.cpp for how they were found.
std::span<const std::string_view> sqliteKeywords();

} // namespace schemata::dialect::sqlite
