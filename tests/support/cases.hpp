// SPDX-License-Identifier: Apache-2.0
// Test support: the worked cases of shared/spec/cases and a JSON comparison at 1e-9.
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace cgtest {

using json = nlohmann::ordered_json;

inline std::filesystem::path cases_dir() { return CAREERGRAPH_CASES_DIR; }

/// The numbered case folders (000-..., 001-...), sorted; `bad/` is not among them.
inline std::vector<std::filesystem::path> case_dirs() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(cases_dir()))
        if (entry.is_directory() && entry.path().filename() != "bad") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

inline json read_json(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot open " + file.string());
    return json::parse(in);
}

/// Equal at 1e-9 (absolute or relative), as the spec compares numbers.
inline bool close(double a, double b, double tolerance = 1e-9) {
    const double diff = std::fabs(a - b);
    return diff <= tolerance || diff <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

/// The first difference between two JSON values (numbers at 1e-9, arrays in
/// order, objects by key), or nullopt when they match.
inline std::optional<std::string> json_diff(const json& actual, const json& expected,
                                            const std::string& path = "$") {
    if (expected.is_number() && actual.is_number()) {
        if (close(actual.get<double>(), expected.get<double>())) return std::nullopt;
        std::ostringstream s;
        s.precision(17);
        s << path << ": " << actual.get<double>() << " != expected " << expected.get<double>();
        return s.str();
    }
    if (expected.type() != actual.type())
        return path + ": " + actual.dump() + " != expected " + expected.dump();
    if (expected.is_array()) {
        if (actual.size() != expected.size())
            return path + ": " + std::to_string(actual.size()) + " elements, expected " +
                   std::to_string(expected.size()) + "; actual " + actual.dump().substr(0, 400);
        for (std::size_t i = 0; i < expected.size(); ++i)
            if (auto d = json_diff(actual[i], expected[i], path + "[" + std::to_string(i) + "]")) return d;
        return std::nullopt;
    }
    if (expected.is_object()) {
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key)) return path + "." + key + ": missing";
            if (auto d = json_diff(actual[key], value, path + "." + key)) return d;
        }
        for (const auto& [key, value] : actual.items())
            if (!expected.contains(key)) return path + "." + key + ": unexpected key";
        return std::nullopt;
    }
    if (actual != expected) return path + ": " + actual.dump() + " != expected " + expected.dump();
    return std::nullopt;
}

/// The questions of a case's expected.json under `key` (an object or a list of them).
inline std::vector<json> questions(const json& expected, const std::string& key) {
    std::vector<json> out;
    if (!expected.contains(key)) return out;
    const auto& v = expected.at(key);
    if (v.is_array())
        for (const auto& q : v) out.push_back(q);
    else
        out.push_back(v);
    return out;
}

}  // namespace cgtest
