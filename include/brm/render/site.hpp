#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "brm/compute/site.hpp"
#include "brm/render/report_doc.hpp"

namespace brm {

// The customer database as a static website: every report laid out as it is for
// `brm report`, on pages that share one style sheet and a navigation bar, with every
// customer, agreement, complaint, meeting, survey and improvement a page names linked
// to the place the site shows it. Links are relative, so the folder works from
// file://, under a sub-path or from any web server; there is no script and no
// address outside the folder.

/// How one page of a site is linked into it.
struct SitePageLinks {
  std::string stylesheet;                                // relative href of the shared style sheet
  std::vector<std::pair<std::string, std::string>> nav;  // label and relative href of each main page
  std::size_t current = static_cast<std::size_t>(-1);    // this page's entry in `nav`, if any
  std::function<std::string(const Ref&)> href;           // where a ref leads from this page; "" for nowhere
  std::string footer;
};

/// The id of the place on a page that shows `r`: "agreement-sla-2026", "findings-water".
std::string anchor_of(const Ref& r);

/// One file of a site: its path inside the site's folder and its bytes.
struct SiteFile {
  std::string path;
  std::string bytes;
};

/// A site laid out: every page's path, and each page rendered on demand (so that a
/// writer can render pages in parallel and keep only a few in memory).
class SiteLayout {
 public:
  explicit SiteLayout(const SiteData& data);
  ~SiteLayout();
  SiteLayout(const SiteLayout&) = delete;
  SiteLayout& operator=(const SiteLayout&) = delete;

  /// How many files the site has: its pages and its style sheet.
  std::size_t size() const;
  /// File `i`, rendered; safe to call from several threads at once.
  SiteFile file(std::size_t i) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace brm
