// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace careergraph {

/// @brief Root of every exception the library throws.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// @brief Bad input: a model, profile or file that breaks the format or the semantics.
///
/// Carries where (the file, if any, and the JSON path such as
/// `roles[3].competencies[0].level`) and why, so that a message can point at
/// the exact element. `what()` reads `file: path: reason`.
class input_error : public error {
public:
    /// @brief An error at `path` (a JSON path; `$` for the whole document).
    [[nodiscard]] static input_error at(std::string path, std::string reason) {
        return input_error(std::string{}, std::move(path), std::move(reason));
    }

    /// @brief The same error, attributed to `file`.
    [[nodiscard]] input_error in_file(std::string file) const {
        return input_error(std::move(file), path_, reason_);
    }

    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    input_error(std::string file, std::string path, std::string reason)
        : error(compose(file, path, reason)),
          file_(std::move(file)),
          path_(std::move(path)),
          reason_(std::move(reason)) {}

    static std::string compose(const std::string& file, const std::string& path,
                               const std::string& reason) {
        std::string message;
        if (!file.empty()) message += file + ": ";
        message += (path.empty() ? std::string{"$"} : path) + ": " + reason;
        return message;
    }

    std::string file_;
    std::string path_;
    std::string reason_;
};

/// @brief A call that breaks an API precondition (an index out of range,
/// contradictory options such as alternatives with the Pareto objective).
class usage_error : public error {
public:
    using error::error;
};

}  // namespace careergraph
