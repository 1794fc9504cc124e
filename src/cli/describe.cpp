// SPDX-License-Identifier: Apache-2.0
#include "describe.hpp"

#include <careergraph/scale.hpp>

#include "table.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string_view>
#include <vector>

namespace careergraph::cli {

std::string kind_name(item_kind kind) {
    switch (kind) {
        case item_kind::competency:
            return "competency";
        case item_kind::credential:
            return "credential";
        case item_kind::experience:
            return "experience";
    }
    return "item";
}

std::string requirement_text(const model& m, role_index r, item_kind kind, std::uint32_t position) {
    const auto& role = m.at(r);
    switch (kind) {
        case item_kind::competency:
            if (position < role.competencies.size())
                return role.competencies[position].competency.value();
            break;
        case item_kind::credential:
            if (position < role.credentials.size()) {
                std::vector<std::string> ids;
                for (const auto& id : role.credentials[position].any_of) ids.push_back(id.value());
                return join(ids, " or ");
            }
            break;
        case item_kind::experience:
            if (position < role.experience.size()) {
                const auto& item = role.experience[position];
                std::vector<std::string> parts;
                if (!item.roles.empty()) {
                    std::vector<std::string> ids;
                    for (const auto& id : item.roles) ids.push_back(id.value());
                    parts.push_back("in " + join(ids, ", "));
                }
                if (!item.tags.empty()) parts.push_back("tagged " + join(item.tags, ", "));
                if (parts.empty()) return "in no role";
                return join(parts, "; ");
            }
            break;
    }
    return fmt::format("{} #{}", kind_name(kind), position + 1);
}

std::string person_label(const profile& p) {
    if (p.name && !p.name->empty()) return fmt::format("{} ({})", *p.name, p.id.value());
    return p.id.value();
}

std::string level_text(const model& m, competency_index c, double level) {
    const auto& comp = m.at(c);
    const scale* sc = &default_scale();
    if (comp.scale) {
        for (const auto& s : m.scales())
            if (s.id == *comp.scale) sc = &s;
    }
    const double whole = std::floor(level);
    if (whole == level && level >= 0 && static_cast<std::size_t>(level) < sc->levels.size())
        return fmt::format("{} ({})", number(level), sc->levels[static_cast<std::size_t>(level)]);
    return number(level);
}

}  // namespace careergraph::cli
