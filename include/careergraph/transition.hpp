// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/extensions.hpp>
#include <careergraph/strong_id.hpp>

namespace careergraph {

/// @brief A move from one role to another: typical years spent in `from` first,
/// and the effort of the move itself.
struct transition {
    role_id from{};
    role_id to{};
    double years = 0.0;
    double effort = 0.0;
    careergraph::extensions extensions{};

    friend bool operator==(const transition&, const transition&) = default;
};

}  // namespace careergraph
