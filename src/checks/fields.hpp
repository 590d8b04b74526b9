#pragma once
#include <vector>

#include "brm/checks/check.hpp"

namespace brm {

/// A value that names another record; resolved once every file has been read.
struct RefSite {
  const Record* record;
  const yaml::Node* node;
  Kind target;
  bool source;  // "<kind>/<id>" rather than a plain id
};

/// Checks one record against its kind's description: required fields, types, enums,
/// dates, ranges, unknown fields. Collects the references it meets into `refs`. False when
/// a list holds more entries than its bound: its entries were not checked, and no other
/// rule should read them either (one diagnostic for a file of a million entries).
bool check_fields(const Record& r, const CheckContext& ctx, Diagnostics& out, std::vector<RefSite>& refs);

}  // namespace brm
