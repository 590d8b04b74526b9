#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "brm/compute/report.hpp"
#include "brm/compute/review.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// Fingerprints of what the pages are made from, filled by whoever read the files, so
/// that a page whose inputs did not change need not be made again. 0: not known.
struct SiteInputs {
  // What every page depends on: the program, brm.yaml, the date, the title, --within,
  // the service catalogue, the records left out. 0: nothing is known.
  std::uint64_t context = 0;
  std::uint64_t everything = 0;  // every record file: the index and the review read them all
  std::map<ReportKind, std::uint64_t> reports;  // the files of the kinds each workspace report reads
  std::vector<std::uint64_t> customers;         // per customer page: its records and the records it names
};

/// `value` folded into `seed`: the fingerprint of both, in order.
inline std::uint64_t fold(std::uint64_t seed, std::uint64_t value) {
  std::uint64_t x = seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;  // splitmix64's finaliser
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/// Everything a site shows, computed once: every workspace report, the review and a
/// customer page per customer.
struct SiteData {
  std::string title;  // what the site is called: the organization unless given
  Kpi kpi;
  CustomerDirectory customers;
  AgreementRegister agreements;
  ComplaintReport complaints;
  SatisfactionReport satisfaction;
  DeliveryReport delivery;
  Review review;
  std::vector<CustomerPage> pages;  // one per customer, in the order of the records
  SiteInputs inputs = {};
};

/// The site's figures as of `heading.as_of` over `heading.period`; the review looks
/// `review.within_days` ahead.
SiteData compute_site(const Records& data, const Settings& settings, const ReportHeading& heading,
                      const ReviewOptions& review, std::string title);

}  // namespace brm
