// SPDX-License-Identifier: Apache-2.0
#include <careergraph/builtin.hpp>
#include <careergraph/detail/json_path.hpp>
#include <careergraph/io/json.hpp>

#include "json_document.hpp"
#include "profile_fast_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <thread>

namespace careergraph::io {
namespace {

using detail::json;
using careergraph::detail::element_path;
using careergraph::detail::member_path;

[[noreturn]] void fail(const std::string& path, std::string reason) {
    throw input_error::at(path.empty() ? "$" : path, std::move(reason));
}

std::string_view type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::string: return "a string";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

/// Where a value sits in the document, as a chain of stack frames: the JSON
/// path text is only built when an error needs it, so that reading a large
/// population does not spend its time formatting paths nobody will see.
struct location {
    const location* parent = nullptr;
    std::string_view key{};
    std::size_t index = 0;
    bool element = false;

    [[nodiscard]] location member(std::string_view k) const { return {this, k, 0, false}; }
    [[nodiscard]] location at_index(std::size_t i) const { return {this, {}, i, true}; }

    [[nodiscard]] std::string str() const {
        if (!parent) return "$";
        const std::string base = parent->str();
        return element ? element_path(base, index) : member_path(base, key);
    }
};

[[noreturn]] void fail(const location& where, std::string reason) { fail(where.str(), std::move(reason)); }

/// A JSON object being read, with its location; checks keys, types and defaults.
class object_reader {
public:
    object_reader(const json& value, const location& where, std::initializer_list<std::string_view> allowed)
        : value_(value), here_(where) {
        if (!value_.is_object())
            fail(here_, "expected an object, not " + std::string(type_name(value_)));
        for (const auto& [key, v] : value_.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                fail(here_.member(key), "unknown key \"" + key + "\"");
        }
    }

    [[nodiscard]] const location& here() const noexcept { return here_; }
    [[nodiscard]] location at(std::string_view key) const { return here_.member(key); }

    /// The value under `key`, or nullptr when absent or null (null means absent).
    [[nodiscard]] const json* find(std::string_view key) const {
        auto it = value_.find(key);
        if (it == value_.end() || it->is_null()) return nullptr;
        return &*it;
    }
    const json& need(std::string_view key) const {
        const json* v = find(key);
        if (!v) fail(at(key), "missing required key \"" + std::string(key) + "\"");
        return *v;
    }

    std::string string(std::string_view key) const { return as_string(need(key), at(key), key); }
    std::optional<std::string> optional_string(std::string_view key) const {
        const json* v = find(key);
        if (!v) return std::nullopt;
        return as_string(*v, at(key), key);
    }
    double number(std::string_view key, double fallback) const {
        const json* v = find(key);
        return v ? as_number(*v, at(key), key) : fallback;
    }
    double number(std::string_view key) const { return as_number(need(key), at(key), key); }
    std::optional<double> optional_number(std::string_view key) const {
        const json* v = find(key);
        if (!v) return std::nullopt;
        return as_number(*v, at(key), key);
    }
    bool boolean(std::string_view key, bool fallback) const {
        const json* v = find(key);
        if (!v) return fallback;
        if (!v->is_boolean())
            fail(at(key), std::string(key) + " must be true or false, not " + std::string(type_name(*v)));
        return v->get<bool>();
    }
    date day(std::string_view key) const { return as_date(need(key), at(key), key); }
    std::optional<date> optional_day(std::string_view key) const {
        const json* v = find(key);
        if (!v) return std::nullopt;
        return as_date(*v, at(key), key);
    }
    /// The array under `key` (empty when absent).
    const json& array(std::string_view key) const {
        static const json empty = json::array();
        const json* v = find(key);
        if (!v) return empty;
        if (!v->is_array())
            fail(at(key), std::string(key) + " must be an array, not " + std::string(type_name(*v)));
        return *v;
    }
    std::vector<std::string> strings(std::string_view key) const {
        const json& a = array(key);
        std::vector<std::string> out;
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!a[i].is_string())
                fail(at(key).at_index(i),
                     std::string(key) + " must be an array of strings; found " + std::string(type_name(a[i])));
            out.push_back(a[i].get<std::string>());
        }
        return out;
    }
    template <class Id>
    std::vector<Id> ids(std::string_view key) const {
        std::vector<Id> out;
        for (auto& s : strings(key)) out.emplace_back(std::move(s));
        return out;
    }
    careergraph::extensions extensions() const {
        const json* v = find("extensions");
        if (!v) return {};
        if (!v->is_object())
            fail(at("extensions"), "extensions must be an object, not " + std::string(type_name(*v)));
        return careergraph::extensions{v->dump()};
    }

    static std::string as_string(const json& v, const location& where, std::string_view key) {
        if (!v.is_string())
            fail(where, std::string(key) + " must be a string, not " + std::string(type_name(v)));
        return v.get<std::string>();
    }
    static double as_number(const json& v, const location& where, std::string_view key) {
        if (!v.is_number())
            fail(where, std::string(key) + " must be a number, not " + std::string(type_name(v)));
        const double d = v.get<double>();
        if (!std::isfinite(d)) fail(where, std::string(key) + " must be a finite number");
        return d;
    }
    static date as_date(const json& v, const location& where, std::string_view key) {
        if (!v.is_string())
            fail(where, std::string(key) + " must be a string, not " + std::string(type_name(v)));
        const auto& text = v.get_ref<const std::string&>();
        const auto d = date::parse(text);
        if (!d) fail(where, std::string(key) + " \"" + text + "\" is not a calendar date (YYYY-MM-DD)");
        return *d;
    }

private:
    const json& value_;
    location here_;
};

void check_header(const object_reader& r, std::string_view format, bool required) {
    const json* f = r.find("format");
    if (!f) {
        if (required) fail(r.at("format"), "missing required key \"format\"");
    } else if (!f->is_string() || f->get<std::string>() != format) {
        fail(r.at("format"), "format must be \"" + std::string(format) + "\", not " + f->dump());
    }
    const json* v = r.find("version");
    if (!v) {
        if (required) fail(r.at("version"), "missing required key \"version\"");
        return;
    }
    if (!v->is_number_integer())
        fail(r.at("version"), "version must be the integer 1, not " + v->dump());
    if (v->get<std::int64_t>() != 1)
        fail(r.at("version"), "unsupported version " + v->dump() + " (this library reads version 1)");
}

// ---- model ------------------------------------------------------------------------

scale read_scale(const json& v, const location& where) {
    object_reader r(v, where, {"id", "levels", "extensions"});
    return scale{scale_id{r.string("id")}, r.strings("levels"), r.extensions()};
}

competency read_competency(const json& v, const location& where) {
    object_reader r(v, where,
                    {"id", "name", "description", "parent", "scale", "effort_per_level", "extensions"});
    competency c;
    c.id = competency_id{r.string("id")};
    c.name = r.string("name");
    c.description = r.optional_string("description");
    if (auto p = r.optional_string("parent")) c.parent = competency_id{*p};
    if (auto s = r.optional_string("scale")) c.scale = scale_id{*s};
    c.effort_per_level = r.number("effort_per_level", 1.0);
    c.extensions = r.extensions();
    return c;
}

credential read_credential(const json& v, const location& where) {
    object_reader r(v, where,
                    {"id", "name", "kind", "effort", "years", "requires", "valid_years", "extensions"});
    credential c;
    c.id = credential_id{r.string("id")};
    c.name = r.string("name");
    if (auto k = r.optional_string("kind")) {
        auto kind = credential_kind_from_string(*k);
        if (!kind)
            fail(r.at("kind"), "kind \"" + *k +
                                   "\" is not one of degree, certification, license, training, other");
        c.kind = *kind;
    }
    c.effort = r.number("effort", 0.0);
    c.years = r.number("years", 0.0);
    c.prerequisites = r.ids<credential_id>("requires");
    c.valid_years = r.optional_number("valid_years");
    c.extensions = r.extensions();
    return c;
}

role read_role(const json& v, const location& where) {
    object_reader r(v, where,
                    {"id", "name", "setting", "tags", "competencies", "credentials", "experience",
                     "extensions"});
    role out;
    out.id = role_id{r.string("id")};
    out.name = r.string("name");
    out.setting = r.optional_string("setting");
    out.tags = r.strings("tags");
    const json& comps = r.array("competencies");
    const location comps_at = r.at("competencies");
    for (std::size_t i = 0; i < comps.size(); ++i) {
        object_reader c(comps[i], comps_at.at_index(i),
                        {"id", "level", "weight", "essential", "extensions"});
        out.competencies.push_back({competency_id{c.string("id")}, c.number("level"),
                                    c.number("weight", 1.0), c.boolean("essential", false),
                                    c.extensions()});
    }
    const json& creds = r.array("credentials");
    const location creds_at = r.at("credentials");
    for (std::size_t i = 0; i < creds.size(); ++i) {
        object_reader c(creds[i], creds_at.at_index(i),
                        {"any_of", "weight", "essential", "extensions"});
        c.need("any_of");
        out.credentials.push_back({c.ids<credential_id>("any_of"), c.number("weight", 1.0),
                                   c.boolean("essential", true), c.extensions()});
    }
    const json& exps = r.array("experience");
    const location exps_at = r.at("experience");
    for (std::size_t i = 0; i < exps.size(); ++i) {
        object_reader c(exps[i], exps_at.at_index(i),
                        {"roles", "tags", "years", "weight", "essential", "extensions"});
        out.experience.push_back({c.ids<role_id>("roles"), c.strings("tags"), c.number("years"),
                                  c.number("weight", 1.0), c.boolean("essential", true),
                                  c.extensions()});
    }
    out.extensions = r.extensions();
    return out;
}

transition read_transition(const json& v, const location& where) {
    object_reader r(v, where, {"from", "to", "years", "effort", "extensions"});
    return transition{role_id{r.string("from")}, role_id{r.string("to")}, r.number("years", 0.0),
                      r.number("effort", 0.0), r.extensions()};
}

template <class T, class Read>
std::vector<T> read_list(const object_reader& r, std::string_view key, Read read) {
    const json& a = r.array(key);
    const location list = r.at(key);
    std::vector<T> out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) out.push_back(read(a[i], list.at_index(i)));
    return out;
}

model read_model(const json& doc) {
    const location root;
    object_reader r(doc, root,
                    {"format", "version", "id", "name", "scales", "competencies", "credentials",
                     "roles", "transitions", "extensions"});
    check_header(r, "careergraph/model", true);
    model_data data;
    data.id = r.optional_string("id");
    data.name = r.optional_string("name");
    data.scales = read_list<scale>(r, "scales", read_scale);
    data.competencies = read_list<competency>(r, "competencies", read_competency);
    data.credentials = read_list<credential>(r, "credentials", read_credential);
    data.roles = read_list<role>(r, "roles", read_role);
    data.transitions = read_list<transition>(r, "transitions", read_transition);
    data.extensions = r.extensions();
    return model{std::move(data)};
}

// ---- profiles ---------------------------------------------------------------------

profile read_profile(const json& v, bool header_required) {
    const location root;
    object_reader r(v, root,
                    {"format", "version", "id", "name", "as_of", "current_role", "competencies",
                     "credentials", "history", "extensions"});
    check_header(r, "careergraph/profile", header_required);
    profile p;
    p.id = profile_id{r.string("id")};
    p.name = r.optional_string("name");
    p.as_of = r.day("as_of");
    p.current_role = role_id{r.string("current_role")};
    if (const json* comps = r.find("competencies")) {
        if (!comps->is_object())
            fail(r.at("competencies"),
                 "competencies must be an object of levels, not " + std::string(type_name(*comps)));
        p.competencies.reserve(comps->size());
        for (const auto& [key, level] : comps->items()) {
            p.competencies.emplace_back(competency_id{key},
                                        object_reader::as_number(level, r.at("competencies").member(key), "level"));
        }
    }
    const json& creds = r.array("credentials");
    const location creds_at = r.at("credentials");
    for (std::size_t i = 0; i < creds.size(); ++i) {
        object_reader c(creds[i], creds_at.at_index(i),
                        {"id", "earned", "expires", "extensions"});
        p.credentials.push_back({credential_id{c.string("id")}, c.day("earned"),
                                 c.optional_day("expires"), c.extensions()});
    }
    const json& history = r.array("history");
    const location history_at = r.at("history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        object_reader s(history[i], history_at.at_index(i),
                        {"role", "start", "end", "extensions"});
        p.history.push_back({role_id{s.string("role")}, s.day("start"), s.optional_day("end"),
                             s.extensions()});
    }
    p.extensions = r.extensions();
    return p;
}

/// Re-roots an error found inside an element at `prefix` (`profiles[1]`).
input_error nested(const input_error& e, const std::string& prefix) {
    const auto& inner = e.path();
    std::string path = prefix;
    if (inner != "$" && !inner.empty()) path += (inner.front() == '[' ? "" : ".") + inner;
    return input_error::at(path, e.reason());
}

profile checked_profile(const json& v, const model& m, bool header_required) {
    profile p = read_profile(v, header_required);
    m.check(p);
    return p;
}

/// One profile from its text: the SAX fast path when the text has the plain
/// shape and passes the model's check, else the DOM reader, which either reads
/// what the fast path declined or throws the canonical error.
profile checked_profile_text(std::string_view text, const model& m, detail::profile_fast_reader& fast) {
    if (auto p = fast.read(text)) {
        try {
            m.check(*p);
            return std::move(*p);
        } catch (const input_error&) {
        }
    }
    return checked_profile(detail::parse_document(text), m, false);
}

bool is_jsonl_name(std::string_view source) {
    auto ends = [&](std::string_view suffix) {
        return source.size() >= suffix.size() && source.substr(source.size() - suffix.size()) == suffix;
    };
    return ends(".jsonl") || ends(".ndjson");
}

struct line_span {
    std::size_t number;  // 1-based
    std::string_view text;
};

std::vector<line_span> split_lines(std::string_view text) {
    std::vector<line_span> lines;
    std::size_t number = 0;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        ++number;
        auto line = text.substr(at, end - at);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back({number, line});
        at = end + 1;
    }
    return lines;
}

/// JSON Lines on both cores: lines are independent, and parsing is what a large
/// population load spends its time on. The first defect by line number wins.
std::vector<profile> parse_json_lines(const std::vector<line_span>& lines, const model& m,
                                      std::string_view source) {
    const std::size_t n = lines.size();
    std::vector<profile> out(n);
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t chunk = (n + workers - 1) / std::max<std::size_t>(workers, 1);
    std::vector<std::optional<std::pair<std::size_t, input_error>>> errors(workers);
    auto work = [&](std::size_t w) {
        const std::size_t begin = w * chunk;
        const std::size_t end = std::min(n, begin + chunk);
        detail::profile_fast_reader fast;
        for (std::size_t i = begin; i < end; ++i) {
            try {
                out[i] = checked_profile_text(lines[i].text, m, fast);
            } catch (const input_error& e) {
                errors[w].emplace(i, e);
                return;
            }
        }
    };
    if (n < 256 || workers == 1) {
        for (std::size_t w = 0; w < workers; ++w) work(w);
    } else {
        std::vector<std::jthread> threads;
        for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
        work(0);
    }
    for (const auto& e : errors) {
        if (e) {
            throw e->second.in_file(std::string(source) + ":" + std::to_string(lines[e->first].number));
        }
    }
    return out;
}

// ---- writing ----------------------------------------------------------------------

void put_extensions(json& out, const careergraph::extensions& ext) {
    if (!ext.empty()) out["extensions"] = json::parse(ext.json);
}

json ids_json(const auto& ids) {
    json a = json::array();
    for (const auto& id : ids) {
        if constexpr (requires { id.value(); })
            a.push_back(id.value());
        else
            a.push_back(id);
    }
    return a;
}

json write_model(const model& m) {
    const auto& d = m.data();
    json out;
    out["format"] = "careergraph/model";
    out["version"] = 1;
    if (d.id) out["id"] = *d.id;
    if (d.name) out["name"] = *d.name;
    out["scales"] = json::array();
    for (const auto& s : d.scales) {
        json j{{"id", s.id.value()}, {"levels", s.levels}};
        put_extensions(j, s.extensions);
        out["scales"].push_back(std::move(j));
    }
    out["competencies"] = json::array();
    for (const auto& c : d.competencies) {
        json j{{"id", c.id.value()}, {"name", c.name}};
        if (c.description) j["description"] = *c.description;
        if (c.parent) j["parent"] = c.parent->value();
        if (c.scale) j["scale"] = c.scale->value();
        j["effort_per_level"] = c.effort_per_level;
        put_extensions(j, c.extensions);
        out["competencies"].push_back(std::move(j));
    }
    out["credentials"] = json::array();
    for (const auto& c : d.credentials) {
        json j{{"id", c.id.value()}, {"name", c.name}, {"kind", std::string(to_string(c.kind))},
               {"effort", c.effort}, {"years", c.years}, {"requires", ids_json(c.prerequisites)}};
        if (c.valid_years) j["valid_years"] = *c.valid_years;
        put_extensions(j, c.extensions);
        out["credentials"].push_back(std::move(j));
    }
    out["roles"] = json::array();
    for (const auto& r : d.roles) {
        json j{{"id", r.id.value()}, {"name", r.name}};
        if (r.setting) j["setting"] = *r.setting;
        j["tags"] = r.tags;
        j["competencies"] = json::array();
        for (const auto& c : r.competencies) {
            json item{{"id", c.competency.value()}, {"level", c.level}, {"weight", c.weight},
                      {"essential", c.essential}};
            put_extensions(item, c.extensions);
            j["competencies"].push_back(std::move(item));
        }
        j["credentials"] = json::array();
        for (const auto& c : r.credentials) {
            json item{{"any_of", ids_json(c.any_of)}, {"weight", c.weight}, {"essential", c.essential}};
            put_extensions(item, c.extensions);
            j["credentials"].push_back(std::move(item));
        }
        j["experience"] = json::array();
        for (const auto& e : r.experience) {
            json item{{"roles", ids_json(e.roles)}, {"tags", e.tags}, {"years", e.years},
                      {"weight", e.weight}, {"essential", e.essential}};
            put_extensions(item, e.extensions);
            j["experience"].push_back(std::move(item));
        }
        put_extensions(j, r.extensions);
        out["roles"].push_back(std::move(j));
    }
    out["transitions"] = json::array();
    for (const auto& t : d.transitions) {
        json j{{"from", t.from.value()}, {"to", t.to.value()}, {"years", t.years}, {"effort", t.effort}};
        put_extensions(j, t.extensions);
        out["transitions"].push_back(std::move(j));
    }
    put_extensions(out, d.extensions);
    return out;
}

json write_profile(const profile& p, bool header) {
    json out;
    if (header) {
        out["format"] = "careergraph/profile";
        out["version"] = 1;
    }
    out["id"] = p.id.value();
    if (p.name) out["name"] = *p.name;
    out["as_of"] = p.as_of.to_string();
    out["current_role"] = p.current_role.value();
    json comps = json::object();
    for (const auto& [id, level] : p.competencies) comps[id.value()] = level;
    out["competencies"] = std::move(comps);
    out["credentials"] = json::array();
    for (const auto& c : p.credentials) {
        json j{{"id", c.id.value()}, {"earned", c.earned.to_string()}};
        if (c.expires) j["expires"] = c.expires->to_string();
        put_extensions(j, c.extensions);
        out["credentials"].push_back(std::move(j));
    }
    out["history"] = json::array();
    for (const auto& s : p.history) {
        json j{{"role", s.role.value()}, {"start", s.start.to_string()}};
        if (s.end) j["end"] = s.end->to_string();
        put_extensions(j, s.extensions);
        out["history"].push_back(std::move(j));
    }
    put_extensions(out, p.extensions);
    return out;
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) throw error(file.string() + ": cannot open for writing: " + std::strerror(errno));
    out << text;
    out.flush();
    if (!out) throw error(file.string() + ": write failed: " + std::strerror(errno));
}

template <class F>
auto attributed(std::string_view source, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const input_error& e) {
        if (!e.file().empty()) throw;
        throw e.in_file(std::string(source));
    }
}

constexpr std::string_view builtin_prefix = "builtin:";

}  // namespace

std::string read_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw input_error::at("$", "is a directory, not a JSON file").in_file(file.string());
    std::ifstream in(file, std::ios::binary);
    if (!in) throw input_error::at("$", std::string("cannot open: ") + std::strerror(errno)).in_file(file.string());
    // One read into a buffer of the file's size: populations run to hundreds of MB.
    std::string text;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) {
        text.resize(static_cast<std::size_t>(size));
        in.read(text.data(), static_cast<std::streamsize>(size));
        text.resize(static_cast<std::size_t>(in.gcount()));
    }
    // Whatever is left (or a stream whose size is unknown, such as a pipe).
    std::ostringstream rest;
    if (in && in.peek() != std::ifstream::traits_type::eof()) {
        rest << in.rdbuf();
        text += rest.str();
    }
    if (in.bad()) throw input_error::at("$", "read failed").in_file(file.string());
    return text;
}

model parse_model(std::string_view text, std::string_view source) {
    return attributed(source, [&] { return read_model(detail::parse_document(text)); });
}

model load_model(const std::filesystem::path& file) {
    const std::string name = file.string();
    if (std::string_view(name).starts_with(builtin_prefix)) {
        const auto which = std::string_view(name).substr(builtin_prefix.size());
        if (auto m = builtin_model(which)) return std::move(*m);
        std::string known;
        for (auto n : builtin_model_names()) known += (known.empty() ? "" : ", ") + std::string(builtin_prefix) + std::string(n);
        throw input_error::at("$", "no built-in model named \"" + std::string(which) + "\" (known: " + known + ")")
            .in_file(name);
    }
    return parse_model(read_file(file), name);
}

std::string to_json(const model& m) { return write_model(m).dump(2) + "\n"; }

void save_model(const model& m, const std::filesystem::path& file) { write_text(file, to_json(m)); }

profile parse_profile(std::string_view text, const model& m, std::string_view source) {
    return attributed(source, [&] {
        detail::profile_fast_reader fast;
        return checked_profile_text(text, m, fast);
    });
}

std::vector<profile> parse_profiles(std::string_view text, const model& m, std::string_view source) {
    // JSON Lines when the name says so, or when the first non-empty line is a whole value.
    const auto lines = split_lines(text);
    bool jsonl = is_jsonl_name(source);
    if (!jsonl && lines.size() > 1) {
        try {
            (void)detail::parse_document(lines.front().text);
            jsonl = true;
        } catch (const input_error&) {
        }
    }
    if (jsonl) return parse_json_lines(lines, m, source);

    return attributed(source, [&] {
        const json doc = detail::parse_document(text);
        if (doc.is_object() && (doc.contains("profiles") ||
                                (doc.contains("format") && doc["format"] == "careergraph/profiles"))) {
            const location root;
            object_reader r(doc, root, {"format", "version", "profiles", "extensions"});
            check_header(r, "careergraph/profiles", true);
            const json& list = r.array("profiles");
            std::vector<profile> out;
            out.reserve(list.size());
            for (std::size_t i = 0; i < list.size(); ++i) {
                const auto at = element_path("profiles", i);
                try {
                    out.push_back(checked_profile(list[i], m, false));
                } catch (const input_error& e) {
                    throw nested(e, at);
                }
            }
            return out;
        }
        std::vector<profile> one;
        one.push_back(checked_profile(doc, m, false));
        return one;
    });
}

profile load_profile(const std::filesystem::path& file, const model& m) {
    return parse_profile(read_file(file), m, file.string());
}

std::vector<profile> load_profiles(const std::filesystem::path& file, const model& m) {
    return parse_profiles(read_file(file), m, file.string());
}

std::string to_json(const profile& p) { return write_profile(p, true).dump(2) + "\n"; }

std::string to_json(const std::vector<profile>& people) {
    json doc;
    doc["format"] = "careergraph/profiles";
    doc["version"] = 1;
    doc["profiles"] = json::array();
    for (const auto& p : people) doc["profiles"].push_back(write_profile(p, false));
    return doc.dump(2) + "\n";
}

std::string to_json_lines(const std::vector<profile>& people) {
    std::string out;
    for (const auto& p : people) {
        out += write_profile(p, false).dump();
        out += '\n';
    }
    return out;
}

void save_profile(const profile& p, const std::filesystem::path& file) { write_text(file, to_json(p)); }

void save_profiles(const std::vector<profile>& people, const std::filesystem::path& file) {
    write_text(file, is_jsonl_name(file.string()) ? to_json_lines(people) : to_json(people));
}

}  // namespace careergraph::io
