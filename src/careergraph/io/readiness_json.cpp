// SPDX-License-Identifier: Apache-2.0
#include <careergraph/io/readiness_json.hpp>

#include <string>

namespace careergraph::io {
namespace {

using json = nlohmann::ordered_json;

json string_list(const auto& items) {
    json out = json::array();
    for (const auto& item : items) {
        if constexpr (requires { item.value(); })
            out.push_back(item.value());
        else
            out.push_back(item);
    }
    return out;
}

/// The keys that name an item: "id", "any_of", or "roles" and "tags", as authored.
void name_item(json& out, const model& m, role_index role, item_kind kind, std::uint32_t position) {
    const auto& authored = m.at(role);
    switch (kind) {
        case item_kind::competency:
            out["id"] = authored.competencies.at(position).competency.value();
            break;
        case item_kind::credential:
            out["any_of"] = string_list(authored.credentials.at(position).any_of);
            break;
        case item_kind::experience:
            out["roles"] = string_list(authored.experience.at(position).roles);
            out["tags"] = string_list(authored.experience.at(position).tags);
            break;
    }
}

}  // namespace

std::string_view to_string(item_kind kind) noexcept {
    switch (kind) {
        case item_kind::competency: return "competency";
        case item_kind::credential: return "credential";
        case item_kind::experience: return "experience";
    }
    return "competency";
}

json to_json(const model& m, const readiness& r) {
    json items = json::array();
    for (const auto& item : r.items) {
        json out;
        out["kind"] = to_string(item.kind);
        name_item(out, m, r.role, item.kind, item.position);
        switch (item.kind) {
            case item_kind::competency:
                out["required"] = item.required;
                out["have"] = item.have;
                break;
            case item_kind::credential:
                out["held"] = item.held ? json(m.at(*item.held).id.value()) : json(nullptr);
                break;
            case item_kind::experience:
                out["required_years"] = item.required;
                out["have_years"] = item.have;
                break;
        }
        out["weight"] = item.weight;
        out["essential"] = item.essential;
        out["satisfaction"] = item.satisfaction;
        out["shortfall"] = item.shortfall;
        items.push_back(std::move(out));
    }
    json out;
    out["role"] = m.at(r.role).id.value();
    out["score"] = r.score;
    out["eligible"] = r.eligible;
    out["items"] = std::move(items);
    return out;
}

json readiness_answer(const model& m, const profile& p, std::span<const role_index> roles,
                      std::optional<date> as_of) {
    for (auto r : roles) careergraph::detail::check_role(m, r);
    const person_state person{m, p, as_of};
    json list = json::array();
    if (roles.empty()) {
        for (const auto& r : readiness_all(m, person)) list.push_back(to_json(m, r));
    } else {
        for (auto r : roles) list.push_back(to_json(m, readiness_of(m, person, r)));
    }
    json out;
    out["profile"] = p.id.value();
    out["as_of"] = person.as_of().to_string();
    out["roles"] = std::move(list);
    return out;
}

namespace {
template <class IdOf>
json rank_json_impl(const model& m, role_index role, std::span<const candidate> candidates, IdOf id_of) {
    careergraph::detail::check_role(m, role);
    json list = json::array();
    for (const auto& c : candidates) {
        json item;
        item["profile"] = id_of(c.person);
        item["score"] = c.score;
        item["eligible"] = c.eligible;
        list.push_back(std::move(item));
    }
    json out;
    out["role"] = m.at(role).id.value();
    out["candidates"] = std::move(list);
    return out;
}
}  // namespace

json rank_json(const model& m, role_index role, std::span<const candidate> candidates,
               std::span<const profile> people) {
    return rank_json_impl(m, role, candidates,
                          [&](std::size_t i) { return people[i].id.value(); });
}

json rank_json(const model& m, role_index role, std::span<const candidate> candidates,
               const population& people) {
    return rank_json_impl(m, role, candidates, [&](std::size_t i) { return people.id(i).value(); });
}

json rank_answer(const model& m, std::span<const profile> people, role_index role, std::size_t top,
                 std::optional<date> as_of) {
    const auto best = rank_candidates(m, people, role, top, as_of);
    return rank_json(m, role, best, people);
}

json recommend_json(const model& m, const profile_id& person, std::span<const role_score> roles) {
    json list = json::array();
    for (const auto& r : roles) {
        careergraph::detail::check_role(m, r.role);
        json item;
        item["role"] = m.at(r.role).id.value();
        item["score"] = r.score;
        item["eligible"] = r.eligible;
        list.push_back(std::move(item));
    }
    json out;
    out["profile"] = person.value();
    out["roles"] = std::move(list);
    return out;
}

json recommend_answer(const model& m, const profile& p, const recommend_options& options,
                      std::optional<date> as_of) {
    return recommend_json(m, p.id, recommend_roles(m, p, options, as_of));
}

json to_json(const model& m, const gap_report& gaps) {
    careergraph::detail::check_role(m, gaps.role);
    json items = json::array();
    for (const auto& item : gaps.items) {
        json out;
        out["kind"] = to_string(item.kind);
        name_item(out, m, gaps.role, item.kind, item.position);
        out["shortfall_sum"] = item.shortfall_sum;
        out["shortfall_mean"] = item.shortfall_mean;
        items.push_back(std::move(out));
    }
    json out;
    out["role"] = m.at(gaps.role).id.value();
    out["people"] = gaps.people;
    out["items"] = std::move(items);
    return out;
}

json gaps_answer(const model& m, std::span<const profile> people, role_index role,
                 std::optional<date> as_of) {
    return to_json(m, population_gaps(m, people, role, as_of));
}

}  // namespace careergraph::io
