// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace careergraph {

/// @brief A value of `Rep` that only compares with values of the same `Tag`.
///
/// Keeps a role id from being passed where a competency id is expected, and a
/// dense role index from being used to index the credential table. Construction
/// is explicit; `value()` gives the representation back.
/// @code
/// using role_id = strong_value<struct role_tag, std::string>;
/// role_id cmo{"cmo-hospital"};
/// @endcode
template <class Tag, class Rep>
class strong_value {
public:
    using tag_type = Tag;
    using value_type = Rep;

    strong_value() = default;
    explicit strong_value(Rep value) noexcept(std::is_nothrow_move_constructible_v<Rep>)
        : value_(std::move(value)) {}

    [[nodiscard]] const Rep& value() const noexcept { return value_; }

    friend auto operator<=>(const strong_value&, const strong_value&) = default;
    friend bool operator==(const strong_value&, const strong_value&) = default;

private:
    Rep value_{};
};

/// Entity identifiers as authored in models and profiles ("cmo-hospital").
template <class Tag>
using strong_id = strong_value<Tag, std::string>;

/// Dense position of an entity inside a validated model: what the algorithms index with.
template <class Tag>
using strong_index = strong_value<Tag, std::uint32_t>;

struct scale_tag;
struct competency_tag;
struct credential_tag;
struct role_tag;
struct transition_tag;
struct profile_tag;

using scale_id = strong_id<scale_tag>;
using competency_id = strong_id<competency_tag>;
using credential_id = strong_id<credential_tag>;
using role_id = strong_id<role_tag>;
using profile_id = strong_id<profile_tag>;

using scale_index = strong_index<scale_tag>;
using competency_index = strong_index<competency_tag>;
using credential_index = strong_index<credential_tag>;
using role_index = strong_index<role_tag>;
using transition_index = strong_index<transition_tag>;

}  // namespace careergraph

template <class Tag, class Rep>
struct std::hash<careergraph::strong_value<Tag, Rep>> {
    std::size_t operator()(const careergraph::strong_value<Tag, Rep>& v) const noexcept {
        return std::hash<Rep>{}(v.value());
    }
};
