// SPDX-License-Identifier: Apache-2.0
// Private to the library: the fast path for reading profiles in bulk.
#pragma once

#include <careergraph/profile.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace careergraph::io::detail {

/// Reads one plain profile object straight from SAX events into a `profile`,
/// with no DOM and no path bookkeeping: most of the time of loading a large
/// JSON Lines population went into building and tearing down DOM nodes.
///
/// It accepts only the common, well-formed shape (known keys, each once, of the
/// right types; no `extensions`, no nulls). Anything else makes `read` return
/// nullopt, and the caller falls back to the DOM reader, which is the one place
/// that decides what is valid and words every error. So the fast path can be
/// narrower than the format, never more permissive.
class profile_fast_reader {
public:
    using json = nlohmann::json;

    /// The profile in `text`, or nullopt when the text is not of the plain shape.
    [[nodiscard]] std::optional<profile> read(std::string_view text) {
        *this = profile_fast_reader{};
        if (!json::sax_parse(text.begin(), text.end(), this, nlohmann::detail::input_format_t::json, true,
                             false))
            return std::nullopt;
        const unsigned required = bit(field::id) | bit(field::as_of) | bit(field::current_role);
        if (!done_ || (seen_ & required) != required) return std::nullopt;
        return std::move(p_);
    }

    // ---- SAX events -------------------------------------------------------------
    bool null() { return false; }
    bool boolean(bool) { return false; }
    bool binary(json::binary_t&) { return false; }
    bool number_integer(json::number_integer_t v) {
        if (state_ == state::top && key_ == field::version) return v == 1;
        return number(static_cast<double>(v));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (state_ == state::top && key_ == field::version) return v == 1;
        return number(static_cast<double>(v));
    }
    bool number_float(json::number_float_t v, const json::string_t&) {
        if (state_ == state::top && key_ == field::version) return false;  // 1.0 is not the integer 1
        return number(v);
    }
    bool string(json::string_t& v) {
        switch (state_) {
            case state::top:
                switch (key_) {
                    case field::format: return v == "careergraph/profile";
                    case field::id: p_.id = profile_id{std::move(v)}; return true;
                    case field::name: p_.name = std::move(v); return true;
                    case field::as_of: return day(v, p_.as_of);
                    case field::current_role: p_.current_role = role_id{std::move(v)}; return true;
                    default: return false;
                }
            case state::credential: {
                auto& c = p_.credentials.back();
                switch (key_) {
                    case field::id: c.id = credential_id{std::move(v)}; return true;
                    case field::earned: return day(v, c.earned);
                    case field::expires: {
                        date d;
                        if (!day(v, d)) return false;
                        c.expires = d;
                        return true;
                    }
                    default: return false;
                }
            }
            case state::stint: {
                auto& s = p_.history.back();
                switch (key_) {
                    case field::role: s.role = role_id{std::move(v)}; return true;
                    case field::start: return day(v, s.start);
                    case field::end: {
                        date d;
                        if (!day(v, d)) return false;
                        s.end = d;
                        return true;
                    }
                    default: return false;
                }
            }
            default: return false;
        }
    }
    bool start_object(std::size_t) {
        switch (state_) {
            case state::start: state_ = state::top; seen_ = 0; return true;
            case state::top:
                if (key_ != field::competencies) return false;
                state_ = state::levels;
                return true;
            case state::credentials:
                state_ = state::credential;
                inner_seen_ = 0;
                p_.credentials.emplace_back();
                return true;
            case state::history:
                state_ = state::stint;
                inner_seen_ = 0;
                p_.history.emplace_back();
                return true;
            default: return false;
        }
    }
    bool key(json::string_t& k) {
        if (state_ == state::levels) {
            p_.competencies.emplace_back(competency_id{std::move(k)}, 0.0);
            return true;
        }
        const auto which = classify(k);
        if (which == field::unknown) return false;
        unsigned& seen = state_ == state::top ? seen_ : inner_seen_;
        if (seen & bit(which)) return false;  // a repeated key: the DOM reader words that error
        seen |= bit(which);
        key_ = which;
        return valid_here(which);
    }
    bool end_object() {
        switch (state_) {
            case state::levels: state_ = state::top; return true;
            case state::credential:
                state_ = state::credentials;
                return (inner_seen_ & (bit(field::id) | bit(field::earned))) == (bit(field::id) | bit(field::earned));
            case state::stint:
                state_ = state::history;
                return (inner_seen_ & (bit(field::role) | bit(field::start))) == (bit(field::role) | bit(field::start));
            case state::top: state_ = state::finished; done_ = true; return true;
            default: return false;
        }
    }
    bool start_array(std::size_t) {
        if (state_ != state::top) return false;
        if (key_ == field::credentials) state_ = state::credentials;
        else if (key_ == field::history) state_ = state::history;
        else return false;
        return true;
    }
    bool end_array() {
        if (state_ != state::credentials && state_ != state::history) return false;
        state_ = state::top;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    enum class state : std::uint8_t { start, top, levels, credentials, credential, history, stint, finished };
    enum class field : std::uint8_t {
        format, version, id, name, as_of, current_role, competencies, credentials, history,
        earned, expires, role, start, end, unknown
    };
    static constexpr unsigned bit(field k) { return 1U << static_cast<unsigned>(k); }

    static field classify(std::string_view k) {
        static constexpr std::pair<std::string_view, field> names[] = {
            {"format", field::format}, {"version", field::version}, {"id", field::id}, {"name", field::name},
            {"as_of", field::as_of}, {"current_role", field::current_role}, {"competencies", field::competencies},
            {"credentials", field::credentials}, {"history", field::history}, {"earned", field::earned},
            {"expires", field::expires}, {"role", field::role}, {"start", field::start}, {"end", field::end}};
        for (const auto& [name, k2] : names)
            if (name == k) return k2;
        return field::unknown;
    }
    bool valid_here(field k) const {
        switch (state_) {
            case state::top:
                return k <= field::history;
            case state::credential:
                return k == field::id || k == field::earned || k == field::expires;
            case state::stint:
                return k == field::role || k == field::start || k == field::end;
            default: return false;
        }
    }
    bool number(double v) {
        if (state_ != state::levels || p_.competencies.empty()) return false;
        p_.competencies.back().second = v;
        return true;
    }
    static bool day(const std::string& text, date& out) {
        const auto d = date::parse(text);
        if (!d) return false;
        out = *d;
        return true;
    }

    profile p_;
    state state_ = state::start;
    field key_ = field::unknown;
    unsigned seen_ = 0;
    unsigned inner_seen_ = 0;
    bool done_ = false;
};

}  // namespace careergraph::io::detail
