// SPDX-License-Identifier: Apache-2.0
// Convenience umbrella: includes every public header of careergraph. The
// library's own code includes the exact headers it needs; applications that
// care about build times should too.
#pragma once

#include <careergraph/builtin.hpp>
#include <careergraph/competency.hpp>
#include <careergraph/credential.hpp>
#include <careergraph/date.hpp>
#include <careergraph/error.hpp>
#include <careergraph/extensions.hpp>
#include <careergraph/fwd.hpp>
#include <careergraph/gap_distance.hpp>
#include <careergraph/graph/role_graph.hpp>
#include <careergraph/io/json.hpp>
#include <careergraph/io/plan_json.hpp>
#include <careergraph/io/readiness_json.hpp>
#include <careergraph/model.hpp>
#include <careergraph/model_builder.hpp>
#include <careergraph/model_data.hpp>
#include <careergraph/planner.hpp>
#include <careergraph/population.hpp>
#include <careergraph/profile.hpp>
#include <careergraph/ranking.hpp>
#include <careergraph/readiness.hpp>
#include <careergraph/role.hpp>
#include <careergraph/scale.hpp>
#include <careergraph/strong_id.hpp>
#include <careergraph/synthetic.hpp>
#include <careergraph/transition.hpp>
