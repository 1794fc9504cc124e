// SPDX-License-Identifier: Apache-2.0
// Private to the library: a JSON parser that knows where it is.
#pragma once

#include <careergraph/detail/json_path.hpp>
#include <careergraph/error.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace careergraph::io::detail {

using json = nlohmann::ordered_json;

/// Builds an ordered DOM like nlohmann's own SAX DOM parser, and beside it keeps
/// the JSON path of the value being read. That buys two things nlohmann does not
/// give: duplicate keys in one object are rejected (nlohmann keeps the last one),
/// and syntax errors and overflowing numbers are reported at the element they
/// occur in (`competencies[1].effort_per_level`), not only at a byte offset.
class tracking_sax {
public:
    explicit tracking_sax(json& root) : root_(root) {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return add(json(v)); }
    bool string(json::string_t& v) { return add(json(std::move(v))); }
    bool binary(json::binary_t& v) { return add(json::binary(std::move(v))); }

    bool start_object(std::size_t) {
        open(json::object());
        frames_.push_back({false, 0, {}, {}});
        return true;
    }
    bool key(json::string_t& k) {
        auto& f = frames_.back();
        for (const auto& seen : f.keys)
            if (seen == k)
                throw input_error::at(careergraph::detail::member_path(path(false), k),
                                      "duplicate key \"" + k + "\" in one object");
        f.keys.push_back(k);
        f.key = std::move(k);
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) {
        open(json::array());
        frames_.push_back({true, 0, {}, {}});
        return true;
    }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        std::string reason = ex.what();
        // nlohmann's text starts with "[json.exception.parse_error.101] "; keep what follows.
        if (auto cut = reason.find("] "); cut != std::string::npos) reason.erase(0, cut + 2);
        // An overflowing number is a bad value at a known element; anything else
        // is a syntax error of the document ($), located in the reason.
        if (ex.id == 406)
            throw input_error::at(path(), "number is not finite (it overflows a double)");
        const auto where = path();
        throw input_error::at("$", "not valid JSON: " + reason + " (at byte " +
                                       std::to_string(position) +
                                       (where == "$" ? std::string{} : ", in " + where) + ")");
    }

    /// The path of the value being read now (`$` at the top).
    /// With `current_key` false, the path of the innermost object itself.
    [[nodiscard]] std::string path(bool current_key = true) const {
        std::string out = "$";
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            const auto& f = frames_[i];
            if (f.array)
                out = careergraph::detail::element_path(out, f.index);
            else if ((!f.key.empty() || !f.keys.empty()) && (current_key || i + 1 < frames_.size()))
                out = careergraph::detail::member_path(out, f.key);
        }
        return out;
    }

private:
    struct frame {
        bool array;
        std::size_t index;
        std::string key;
        std::vector<std::string> keys;  // objects are small: a linear scan beats hashing
    };

    json* slot() {
        if (stack_.empty()) return &root_;
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(nullptr);
            return &top.back();
        }
        return &top[frames_.back().key];
    }
    bool add(json&& v) {
        *slot() = std::move(v);
        advance();
        return true;
    }
    void open(json&& v) {
        json* s = slot();
        *s = std::move(v);
        stack_.push_back(s);
    }
    bool close() {
        stack_.pop_back();
        frames_.pop_back();
        advance();
        return true;
    }
    void advance() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    }

    json& root_;
    std::vector<json*> stack_;
    std::vector<frame> frames_;
};

/// Parses `text` into an ordered DOM. @throws input_error with the path of the defect.
inline json parse_document(std::string_view text) {
    json root;
    tracking_sax sax(root);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json,
                              true, false);
    return root;
}

}  // namespace careergraph::io::detail
