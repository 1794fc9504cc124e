// SPDX-License-Identifier: Apache-2.0
#include <careergraph/detail/json_path.hpp>
#include <careergraph/model.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace careergraph {
namespace {

using detail::element_path;
using detail::member_path;

[[noreturn]] void fail(const std::string& path, std::string reason) {
    throw input_error::at(path, std::move(reason));
}

void check_id(const std::string& id, const std::string& path) {
    if (id.empty()) fail(member_path(path, "id"), "id must be a non-empty string");
}

void check_nonnegative(double v, const std::string& path, std::string_view key) {
    if (!std::isfinite(v)) fail(member_path(path, key), std::string(key) + " must be a finite number");
    if (v < 0) fail(member_path(path, key), std::string(key) + " must be >= 0");
}

void check_weight(double v, const std::string& path) {
    if (!std::isfinite(v)) fail(member_path(path, "weight"), "weight must be a finite number");
    if (v <= 0) fail(member_path(path, "weight"), "weight must be > 0");
}

template <class Entity>
std::unordered_map<std::string, std::uint32_t> index_ids(const std::vector<Entity>& items,
                                                         std::string_view section,
                                                         std::string_view noun) {
    std::unordered_map<std::string, std::uint32_t> ids;
    ids.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto path = element_path(section, i);
        const auto& id = items[i].id.value();
        check_id(id, path);
        if (!ids.emplace(id, static_cast<std::uint32_t>(i)).second)
            fail(member_path(path, "id"), "duplicate " + std::string(noun) + " id " + id);
    }
    return ids;
}

// Iterative three-colour DFS over `next(i)`; reports the first back edge found,
// naming the element where the cycle closes.
template <class Next>
void reject_cycles(std::size_t count, Next next, std::string_view section, std::string_view key,
                   const std::vector<std::string>& names) {
    enum : std::uint8_t { white, grey, black };
    std::vector<std::uint8_t> colour(count, white);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // (node, next child position)
    std::vector<std::size_t> children;
    for (std::size_t root = 0; root < count; ++root) {
        if (colour[root] != white) continue;
        stack.emplace_back(root, 0);
        colour[root] = grey;
        while (!stack.empty()) {
            auto& [node, pos] = stack.back();
            children.clear();
            next(node, children);
            if (pos >= children.size()) {
                colour[node] = black;
                stack.pop_back();
                continue;
            }
            const std::size_t child = children[pos++];
            if (colour[child] == grey) {
                std::string cycle;
                bool on = false;
                for (const auto& frame : stack) {
                    if (frame.first == child) on = true;
                    if (on) cycle += names[frame.first] + " -> ";
                }
                cycle += names[child];
                fail(member_path(element_path(section, node), key), "cycle " + cycle);
            }
            if (colour[child] == white) {
                colour[child] = grey;
                stack.emplace_back(child, 0);
            }
        }
    }
}

}  // namespace

model::model(model_data data) : data_(std::move(data)) {
    // Scales.
    std::unordered_map<std::string, std::uint32_t> scale_ids;
    for (std::size_t i = 0; i < data_.scales.size(); ++i) {
        const auto path = element_path("scales", i);
        const auto& s = data_.scales[i];
        check_id(s.id.value(), path);
        if (s.levels.empty()) fail(member_path(path, "levels"), "levels must list at least one level");
        if (!scale_ids.emplace(s.id.value(), static_cast<std::uint32_t>(i)).second)
            fail(member_path(path, "id"), "duplicate scale id " + s.id.value());
    }

    competency_ids_ = index_ids(data_.competencies, "competencies", "competency");
    credential_ids_ = index_ids(data_.credentials, "credentials", "credential");
    role_ids_ = index_ids(data_.roles, "roles", "role");

    // Competencies.
    effort_per_level_.reserve(data_.competencies.size());
    max_level_.reserve(data_.competencies.size());
    for (std::size_t i = 0; i < data_.competencies.size(); ++i) {
        const auto path = element_path("competencies", i);
        const auto& c = data_.competencies[i];
        double max = default_scale().max_level();
        if (c.scale) {
            auto it = scale_ids.find(c.scale->value());
            if (it == scale_ids.end()) fail(member_path(path, "scale"), "unknown scale " + c.scale->value());
            max = data_.scales[it->second].max_level();
        }
        if (c.parent && !competency_ids_.contains(c.parent->value()))
            fail(member_path(path, "parent"), "unknown competency " + c.parent->value());
        check_nonnegative(c.effort_per_level, path, "effort_per_level");
        effort_per_level_.push_back(c.effort_per_level);
        max_level_.push_back(max);
    }

    // Credentials.
    prerequisite_offsets_.reserve(data_.credentials.size() + 1);
    prerequisite_offsets_.push_back(0);
    valid_days_.reserve(data_.credentials.size());
    for (std::size_t i = 0; i < data_.credentials.size(); ++i) {
        const auto path = element_path("credentials", i);
        const auto& c = data_.credentials[i];
        check_nonnegative(c.effort, path, "effort");
        check_nonnegative(c.years, path, "years");
        if (c.valid_years) check_nonnegative(*c.valid_years, path, "valid_years");
        for (std::size_t k = 0; k < c.prerequisites.size(); ++k) {
            auto it = credential_ids_.find(c.prerequisites[k].value());
            if (it == credential_ids_.end())
                fail(element_path(member_path(path, "requires"), k),
                     "unknown credential " + c.prerequisites[k].value());
            prerequisites_.push_back(credential_index{it->second});
        }
        prerequisite_offsets_.push_back(static_cast<std::uint32_t>(prerequisites_.size()));
        valid_days_.push_back(c.valid_years ? *c.valid_years * days_per_year
                                            : std::numeric_limits<double>::infinity());
    }

    // Roles: the tags index first, since experience items name roles by tag.
    std::unordered_map<std::string, std::vector<std::uint32_t>> roles_by_tag;
    for (std::size_t i = 0; i < data_.roles.size(); ++i)
        for (const auto& tag : data_.roles[i].tags)
            roles_by_tag[tag].push_back(static_cast<std::uint32_t>(i));

    std::map<std::vector<std::uint32_t>, std::uint32_t> role_set_ids;
    role_set_offsets_.push_back(0);
    const std::size_t role_count = data_.roles.size();
    competency_offsets_.reserve(role_count + 1);
    credential_offsets_.reserve(role_count + 1);
    experience_offsets_.reserve(role_count + 1);
    competency_offsets_.push_back(0);
    credential_offsets_.push_back(0);
    experience_offsets_.push_back(0);
    total_weight_.reserve(role_count);
    std::vector<std::uint32_t> members;
    for (std::size_t i = 0; i < role_count; ++i) {
        const auto path = element_path("roles", i);
        const auto& r = data_.roles[i];
        double total = 0.0;
        for (std::size_t k = 0; k < r.competencies.size(); ++k) {
            const auto item_path = element_path(member_path(path, "competencies"), k);
            const auto& req = r.competencies[k];
            auto it = competency_ids_.find(req.competency.value());
            if (it == competency_ids_.end())
                fail(member_path(item_path, "id"), "unknown competency " + req.competency.value());
            const double max = max_level_[it->second];
            if (!std::isfinite(req.level)) fail(member_path(item_path, "level"), "level must be a finite number");
            if (req.level <= 0) fail(member_path(item_path, "level"), "level must be > 0");
            if (req.level > max)
                fail(member_path(item_path, "level"),
                     "level above the scale max (" + std::to_string(static_cast<int>(max)) + ")");
            check_weight(req.weight, item_path);
            competency_items_.push_back({competency_index{it->second}, req.level, req.weight, req.essential});
            total += req.weight;
        }
        for (std::size_t k = 0; k < r.credentials.size(); ++k) {
            const auto item_path = element_path(member_path(path, "credentials"), k);
            const auto& req = r.credentials[k];
            if (req.any_of.empty()) fail(member_path(item_path, "any_of"), "any_of must be non-empty");
            credential_item item{static_cast<std::uint32_t>(any_of_.size()), 0, req.weight, req.essential};
            for (std::size_t a = 0; a < req.any_of.size(); ++a) {
                auto it = credential_ids_.find(req.any_of[a].value());
                if (it == credential_ids_.end())
                    fail(element_path(member_path(item_path, "any_of"), a),
                         "unknown credential " + req.any_of[a].value());
                any_of_.push_back(credential_index{it->second});
            }
            item.any_of_end = static_cast<std::uint32_t>(any_of_.size());
            check_weight(req.weight, item_path);
            credential_items_.push_back(item);
            total += req.weight;
        }
        for (std::size_t k = 0; k < r.experience.size(); ++k) {
            const auto item_path = element_path(member_path(path, "experience"), k);
            const auto& req = r.experience[k];
            members.clear();
            for (std::size_t a = 0; a < req.roles.size(); ++a) {
                auto it = role_ids_.find(req.roles[a].value());
                if (it == role_ids_.end())
                    fail(element_path(member_path(item_path, "roles"), a),
                         "unknown role " + req.roles[a].value());
                members.push_back(it->second);
            }
            for (const auto& tag : req.tags) {
                auto it = roles_by_tag.find(tag);
                if (it != roles_by_tag.end()) members.insert(members.end(), it->second.begin(), it->second.end());
            }
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            check_nonnegative(req.years, item_path, "years");
            check_weight(req.weight, item_path);
            auto [slot, inserted] =
                role_set_ids.emplace(members, static_cast<std::uint32_t>(role_set_ids.size()));
            if (inserted) {
                for (auto m : members) role_set_members_.push_back(role_index{m});
                role_set_offsets_.push_back(static_cast<std::uint32_t>(role_set_members_.size()));
            }
            experience_items_.push_back({role_set_index{slot->second}, req.years, req.weight, req.essential});
            total += req.weight;
        }
        competency_offsets_.push_back(static_cast<std::uint32_t>(competency_items_.size()));
        credential_offsets_.push_back(static_cast<std::uint32_t>(credential_items_.size()));
        experience_offsets_.push_back(static_cast<std::uint32_t>(experience_items_.size()));
        total_weight_.push_back(total);
    }

    // Transitions: references, numbers, one edge per ordered pair.
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::vector<transition_edge> bundles;
    edges.reserve(data_.transitions.size());
    bundles.reserve(data_.transitions.size());
    for (std::size_t i = 0; i < data_.transitions.size(); ++i) {
        const auto path = element_path("transitions", i);
        const auto& t = data_.transitions[i];
        auto from = role_ids_.find(t.from.value());
        if (from == role_ids_.end()) fail(member_path(path, "from"), "unknown role " + t.from.value());
        auto to = role_ids_.find(t.to.value());
        if (to == role_ids_.end()) fail(member_path(path, "to"), "unknown role " + t.to.value());
        check_nonnegative(t.years, path, "years");
        check_nonnegative(t.effort, path, "effort");
        edges.emplace_back(from->second, to->second);
        bundles.push_back({transition_index{static_cast<std::uint32_t>(i)}, t.years, t.effort});
    }
    {
        std::vector<std::uint32_t> order(edges.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return edges[a] != edges[b] ? edges[a] < edges[b] : a < b;
        });
        for (std::size_t k = 1; k < order.size(); ++k) {
            if (edges[order[k]] == edges[order[k - 1]]) {
                const auto& t = data_.transitions[order[k]];
                fail(element_path("transitions", order[k]),
                     "second transition " + t.from.value() + " -> " + t.to.value());
            }
        }
        // Out-adjacency in (from, to) order, in-adjacency by target.
        out_offsets_.assign(role_count + 1, 0);
        in_offsets_.assign(role_count + 1, 0);
        for (const auto& e : edges) {
            ++out_offsets_[e.first + 1];
            ++in_offsets_[e.second + 1];
        }
        for (std::size_t r = 0; r < role_count; ++r) {
            out_offsets_[r + 1] += out_offsets_[r];
            in_offsets_[r + 1] += in_offsets_[r];
        }
        out_.resize(edges.size());
        in_.resize(edges.size());
        std::vector<std::uint32_t> in_fill(in_offsets_.begin(), in_offsets_.end() - 1);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const auto i = order[k];
            out_[k] = {role_index{static_cast<std::uint32_t>(edges[i].second)},
                       transition_index{i}, bundles[i].years, bundles[i].effort};
            in_[in_fill[edges[i].second]++] = {role_index{static_cast<std::uint32_t>(edges[i].first)},
                                               transition_index{i}};
        }
    }

    // Acyclicity of the competency forest and of credential prerequisites.
    {
        std::vector<std::string> names;
        names.reserve(data_.competencies.size());
        for (const auto& c : data_.competencies) names.push_back(c.id.value());
        reject_cycles(
            data_.competencies.size(),
            [&](std::size_t i, std::vector<std::size_t>& out) {
                if (const auto& p = data_.competencies[i].parent) out.push_back(competency_ids_.at(p->value()));
            },
            "competencies", "parent", names);
        names.clear();
        for (const auto& c : data_.credentials) names.push_back(c.id.value());
        reject_cycles(
            data_.credentials.size(),
            [&](std::size_t i, std::vector<std::size_t>& out) {
                for (auto p : prerequisites(credential_index{static_cast<std::uint32_t>(i)}))
                    out.push_back(p.value());
            },
            "credentials", "requires", names);
    }

    graph_ = role_graph(role_count, edges, bundles);
}

std::optional<competency_index> model::find(const competency_id& id) const noexcept {
    auto it = competency_ids_.find(id.value());
    if (it == competency_ids_.end()) return std::nullopt;
    return competency_index{it->second};
}
std::optional<credential_index> model::find(const credential_id& id) const noexcept {
    auto it = credential_ids_.find(id.value());
    if (it == credential_ids_.end()) return std::nullopt;
    return credential_index{it->second};
}
std::optional<role_index> model::find(const role_id& id) const noexcept {
    auto it = role_ids_.find(id.value());
    if (it == role_ids_.end()) return std::nullopt;
    return role_index{it->second};
}

std::optional<transition_index> model::find_transition(role_index from, role_index to) const noexcept {
    const auto edges = out_transitions(from);
    auto it = std::lower_bound(edges.begin(), edges.end(), to,
                               [](const out_transition& e, role_index r) { return e.to < r; });
    if (it == edges.end() || it->to != to) return std::nullopt;
    return it->transition;
}

role_index model::index_of(const role_id& id) const {
    if (auto r = find(id)) return *r;
    throw input_error::at("$", "unknown role " + id.value());
}
competency_index model::index_of(const competency_id& id) const {
    if (auto c = find(id)) return *c;
    throw input_error::at("$", "unknown competency " + id.value());
}
credential_index model::index_of(const credential_id& id) const {
    if (auto c = find(id)) return *c;
    throw input_error::at("$", "unknown credential " + id.value());
}

bool model::in_role_set(role_set_index s, role_index r) const noexcept {
    const auto members = role_set(s);
    return std::binary_search(members.begin(), members.end(), r);
}

void model::check(const profile& p) const {
    // Paths are formatted only on failure: checking a large population is a hot loop.
    if (p.id.value().empty()) fail("id", "id must be a non-empty string");
    if (!find(p.current_role)) fail("current_role", "unknown role " + p.current_role.value());
    const auto level_path = [](const competency_id& id) { return member_path("competencies", id.value()); };
    for (std::size_t i = 0; i < p.competencies.size(); ++i) {
        const auto& [id, level] = p.competencies[i];
        const auto c = find(id);
        if (!c) fail(level_path(id), "unknown competency " + id.value());
        if (!std::isfinite(level)) fail(level_path(id), "level must be a finite number");
        if (level < 0) fail(level_path(id), "level must be >= 0");
        if (level > max_level(*c))
            fail(level_path(id), "level above the scale max (" +
                                     std::to_string(static_cast<int>(max_level(*c))) + ")");
        for (std::size_t j = 0; j < i; ++j)  // profiles list few levels; JSON cannot repeat a key
            if (p.competencies[j].first == id)
                fail(level_path(id), "competency " + id.value() + " is listed twice");
    }
    for (std::size_t i = 0; i < p.credentials.size(); ++i) {
        const auto& c = p.credentials[i];
        if (!find(c.id))
            fail(member_path(element_path("credentials", i), "id"), "unknown credential " + c.id.value());
    }
    for (std::size_t i = 0; i < p.history.size(); ++i) {
        const auto& s = p.history[i];
        if (!find(s.role))
            fail(member_path(element_path("history", i), "role"), "unknown role " + s.role.value());
        if (s.end && *s.end < s.start)
            fail(member_path(element_path("history", i), "end"),
                 "end " + s.end->to_string() + " is before start " + s.start.to_string());
    }
}

}  // namespace careergraph
