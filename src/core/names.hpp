// Tables of enum values and the words authors and output use for them.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace frontline {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

// The table's first entry doubles as the fallback for a value it does not list.
template <typename E, std::size_t N>
constexpr std::string_view nameIn(const NameTable<E, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return table.front().second;
}

template <typename E, std::size_t N>
constexpr std::optional<E> valueIn(const NameTable<E, N>& table, std::string_view name) {
    for (const auto& [v, n] : table)
        if (n == name) return v;
    return std::nullopt;
}

} // namespace frontline
