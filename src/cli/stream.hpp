// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/profile.hpp>

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

/// Reading a large population in chunks, so that `rank` and `gaps` can show
/// progress and never hold more than one chunk of parsed profiles at a time.
namespace careergraph::cli {

/// Profiles per chunk: a multiple of `population::block` (1024), so that chunk
/// boundaries fall on the batch engine's block boundaries and per-block sums
/// keep the association of the whole-population answer.
inline constexpr std::size_t stream_chunk = 8192;

/// @brief Calls `fn(chunk)` for consecutive chunks of the profiles in `file`,
/// in file order; every chunk but the last holds exactly `stream_chunk` profiles.
///
/// JSON Lines are parsed chunk by chunk (each through `io::parse_profiles`),
/// with a progress bar on stderr when `progress` is on. A profile or profiles
/// document is parsed whole, then handed out in chunks. A defect is reported
/// exactly as `io::load_profiles` reports it (file, line or JSON path, reason):
/// on the first failing chunk the whole text is parsed again by the library,
/// which throws its canonical error.
/// @throws input_error for any defect of the file.
/// @returns the number of profiles.
std::size_t for_each_chunk(const std::string& file, const model& m, bool progress,
                           std::string_view label,
                           const std::function<void(std::span<const profile>)>& fn);

}  // namespace careergraph::cli
