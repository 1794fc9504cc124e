// SPDX-License-Identifier: Apache-2.0
// Forward declarations of careergraph's main types, for headers that only
// pass them by reference.
#pragma once

#include <careergraph/strong_id.hpp>

namespace careergraph {

class date;
class error;
class input_error;
class usage_error;

struct extensions;
struct scale;
struct competency;
struct credential;
struct competency_requirement;
struct credential_requirement;
struct experience_requirement;
struct role;
struct transition;
struct earned_credential;
struct stint;
struct profile;
struct model_data;
class model;
class model_builder;
class role_graph;

class person_state;
struct role_score;
struct item_explanation;
struct readiness;
struct candidate;
struct recommend_options;
struct item_gap;
struct gap_report;
class population;

struct plan_options;
struct plan_step;
struct career_plan;
struct plan_result;
class planner;

}  // namespace careergraph
