// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <careergraph/model.hpp>
#include <careergraph/model_data.hpp>

#include <string>
#include <utility>

namespace careergraph {

/// @brief Makes a model in code, element by element, then validates it once.
///
/// Elements keep the order they are added in, so a validation message such as
/// `roles[2].competencies[0].level: level must be > 0` points at the third
/// role added.
/// @code
/// careergraph::model m = careergraph::model_builder{}
///     .add(careergraph::competency{.id = careergraph::competency_id{"pnl"}, .name = "P&L"})
///     .add(careergraph::role{.id = careergraph::role_id{"md"}, .name = "Medical Director"})
///     .build();
/// @endcode
class model_builder {
public:
    model_builder() = default;

    model_builder& id(std::string value) & { data_.id = std::move(value); return *this; }
    model_builder& name(std::string value) & { data_.name = std::move(value); return *this; }
    model_builder& extensions(careergraph::extensions value) & { data_.extensions = std::move(value); return *this; }
    model_builder& add(scale value) & { data_.scales.push_back(std::move(value)); return *this; }
    model_builder& add(competency value) & { data_.competencies.push_back(std::move(value)); return *this; }
    model_builder& add(credential value) & { data_.credentials.push_back(std::move(value)); return *this; }
    model_builder& add(role value) & { data_.roles.push_back(std::move(value)); return *this; }
    model_builder& add(transition value) & { data_.transitions.push_back(std::move(value)); return *this; }

    model_builder&& id(std::string value) && { return std::move(id(std::move(value))); }
    model_builder&& name(std::string value) && { return std::move(name(std::move(value))); }
    model_builder&& extensions(careergraph::extensions value) && {
        return std::move(extensions(std::move(value)));
    }
    template <class Element>
    model_builder&& add(Element value) && { return std::move(add(std::move(value))); }

    /// @brief What has been added so far.
    [[nodiscard]] const model_data& data() const noexcept { return data_; }

    /// @brief Validates and returns the model; the builder keeps its elements.
    /// @throws input_error naming the first defect (semantics.md §1).
    [[nodiscard]] model build() const& { return model{data_}; }
    /// @brief Validates and returns the model, moving the elements out.
    [[nodiscard]] model build() && { return model{std::move(data_)}; }

private:
    model_data data_;
};

}  // namespace careergraph
