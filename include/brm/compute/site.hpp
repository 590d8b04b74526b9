#pragma once
#include <string>
#include <vector>

#include "brm/compute/report.hpp"
#include "brm/compute/review.hpp"
#include "brm/model/policy.hpp"

namespace brm {

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
};

/// The site's figures as of `heading.as_of` over `heading.period`; the review looks
/// `review.within_days` ahead.
SiteData compute_site(const Records& data, const Settings& settings, const ReportHeading& heading,
                      const ReviewOptions& review, std::string title);

}  // namespace brm
