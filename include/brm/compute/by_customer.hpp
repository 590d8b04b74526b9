#pragma once
#include <map>
#include <string>

#include "brm/workspace/workspace.hpp"

namespace brm {

/// The workspace cut into one small workspace per customer: the customer's own file,
/// the records whose `customer` names it, and (when asked) the service catalogue.
/// Built in one pass, so that per-customer computations (which look through a
/// workspace for a customer's records) stay linear on 100,000 files. Documents are
/// shared, not copied.
std::map<std::string, Workspace, std::less<>> split_by_customer(const Workspace& ws, bool with_services);

/// The same without the catalogue, moving the records out of `ws` instead of copying them.
std::map<std::string, Workspace, std::less<>> split_by_customer(Workspace&& ws);

}  // namespace brm
