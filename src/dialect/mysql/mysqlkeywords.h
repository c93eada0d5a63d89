#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::mysql {

// The keywords the engine refuses (or reads differently) as bare lowercase identifiers, upper
// case and sorted; see mysqlkeywords.cpp for how they were found.
std::span<const std::string_view> mysqlKeywords();

} // namespace schemata::dialect::mysql
