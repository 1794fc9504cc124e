// SPDX-License-Identifier: Apache-2.0
#include "stream.hpp"

#include <careergraph/error.hpp>
#include <careergraph/io/json.hpp>

#include "terminal.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace careergraph::cli {

namespace {

/// The byte ranges of the non-empty lines of `text` (blank: only spaces, tabs, CR).
std::vector<std::string_view> content_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        const auto line = text.substr(at, end - at);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line);
        at = end + 1;
    }
    return lines;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// The library's own test for JSON Lines: the name says so, or there are several
/// non-empty lines and the first is a whole JSON value. Deciding it the same
/// way here only picks the reading strategy; the parsing stays the library's.
bool looks_like_json_lines(const std::string& file, const std::vector<std::string_view>& lines) {
    if (ends_with(file, ".jsonl") || ends_with(file, ".ndjson")) return true;
    return lines.size() > 1 && nlohmann::json::accept(lines.front());
}

}  // namespace

std::size_t for_each_chunk(const std::string& file, const model& m, bool progress,
                           std::string_view label,
                           const std::function<void(std::span<const profile>)>& fn) {
    const std::string text = io::read_file(file);
    const auto lines = content_lines(text);
    if (lines.empty() || !looks_like_json_lines(file, lines)) {
        const auto people = io::parse_profiles(text, m, file);
        progress_bar bar{std::string(label), people.size(),
                         progress && people.size() > stream_chunk};
        for (std::size_t first = 0; first < people.size(); first += stream_chunk) {
            const std::size_t n = std::min(stream_chunk, people.size() - first);
            fn(std::span<const profile>(people).subspan(first, n));
            bar.update(first + n);
        }
        return people.size();
    }

    progress_bar bar{std::string(label), lines.size(), progress && lines.size() > stream_chunk};
    std::size_t done = 0;
    for (std::size_t first = 0; first < lines.size(); first += stream_chunk) {
        const std::size_t last = std::min(first + stream_chunk, lines.size()) - 1;
        // One contiguous slice of the file text: no copy, and blank lines inside stay blank.
        const auto begin = static_cast<std::size_t>(lines[first].data() - text.data());
        const auto end =
            static_cast<std::size_t>(lines[last].data() - text.data()) + lines[last].size();
        std::vector<profile> people;
        try {
            people = io::parse_profiles(std::string_view(text).substr(begin, end - begin), m, file);
        } catch (const input_error&) {
            // Line numbers inside a slice are the slice's: let the library parse the
            // whole text and raise the error with the file's own line numbers.
            bar.finish();
            (void)io::parse_profiles(text, m, file);
            throw;
        }
        if (people.size() != last - first + 1) {
            // A line that is a whole profiles document: only the whole text tells how
            // the library reads the file; it raises the error if there is one.
            bar.finish();
            (void)io::parse_profiles(text, m, file);
            throw input_error::at("$", "mixes JSON Lines with a profiles document").in_file(file);
        }
        fn(people);
        done += people.size();
        bar.update(done);
    }
    return done;
}

}  // namespace careergraph::cli
