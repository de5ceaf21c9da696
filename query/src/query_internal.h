// Pieces shared by queries (query.cc) and updates (update.cc).
#pragma once

#include <vector>

#include "exec.h"

namespace griot::query::internal {

// Sets the dataset of a run: FROM / FROM NAMED (or USING / USING NAMED) when
// given, else the union of all graphs (or only the store's default graph)
// as the default graph and every named graph.
void SetUpDataset(exec::ExecContext& ctx, const std::vector<store::Term>& from,
                  const std::vector<store::Term>& from_named, bool has_dataset,
                  bool union_default);

}  // namespace griot::query::internal
