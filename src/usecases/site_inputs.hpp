#pragma once
#include "brm/compute/site.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/site.hpp"

namespace brm {

/// Fingerprints of what each page of the site is made from, from the bytes of the files
/// read (the customer pages in the order of `w.records.customers`). A page's inputs are
/// its own records, what every page depends on (the program, brm.yaml, the date, the
/// title, the service catalogue, the records left out for failing validation) and, for
/// the pages of the whole database, every file of the kinds its report reads.
SiteInputs site_inputs(const OpenWorkspace& w, const SiteInput& in);

}  // namespace brm
