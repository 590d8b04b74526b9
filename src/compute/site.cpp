#include "brm/compute/site.hpp"

#include <functional>
#include <iterator>
#include <map>

#include "brm/compute/customer_records.hpp"
#include "brm/util/parallel.hpp"

namespace brm {
namespace {

/// Every customer's page, from one pass that sorts the records out by customer: a
/// search per customer would be quadratic on a large workspace.
std::vector<CustomerPage> customer_pages(const Records& data, const ReportHeading& heading) {
  const auto all = records_by_customer(data);
  const auto tree = customer_hierarchy(data);
  std::vector<CustomerPage> pages(all.size());
  parallel_for(
      all.size(),
      [&](std::size_t i, unsigned) {
        const auto& c = *all[i].customer;
        const auto* parent = data.customer(c.parent);
        std::vector<std::pair<std::string, std::string>> below;
        for (const auto& [child, parent] : customers_below(data, tree, c.id)) below.emplace_back(child->id, child->name);
        pages[i] = compute_customer_page(all[i], heading, parent ? parent->name : "", std::move(below));
      },
      16);
  return pages;
}

}  // namespace

SiteData compute_site(const Records& data, const Settings& settings, const ReportHeading& heading,
                      const ReviewOptions& review, std::string title) {
  SiteData site;
  site.title = title.empty() ? heading.organization : std::move(title);
  // Each report on its own, side by side: none reads another's figures.
  const std::function<void()> reports[] = {
      [&] { site.review = compute_review(data, settings, heading.as_of, review); },
      [&] { site.agreements = compute_agreements(data, heading); },
      [&] { site.kpi = compute_kpi(data, heading); },
      [&] { site.complaints = compute_complaints(data, heading); },
      [&] { site.delivery = compute_delivery(data, heading); },
      [&] { site.customers = compute_customers(data, heading); },
      [&] { site.satisfaction = compute_satisfaction(data, heading); },
  };
  parallel_for(
      std::size(reports), [&](std::size_t i, unsigned) { reports[i](); }, 1);
  site.pages = customer_pages(data, heading);
  return site;
}

}  // namespace brm
