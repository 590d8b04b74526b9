#pragma once
#include <cstddef>
#include <cstdint>
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

/// The places a page gives, in order: the sections about something and the rows of
/// tables keyed by the record each row is about.
std::vector<Ref> places_in(const ReportDoc& doc);

/// The id of the place on a page that shows `r`: "agreement-sla-2026", "findings-water".
std::string anchor_of(const Ref& r);

/// A site laid out: its files (its pages and its style sheet), each made on demand, so
/// that a writer can make them in parallel, keep only a few in memory, and not make
/// those it already has.
class SiteLayout {
 public:
  /// `data` must outlive the layout.
  explicit SiteLayout(const SiteData& data);
  ~SiteLayout();
  SiteLayout(const SiteLayout&) = delete;
  SiteLayout& operator=(const SiteLayout&) = delete;

  /// How many files the site has.
  std::size_t size() const;
  /// File `i`'s path inside the site's folder.
  std::string path(std::size_t i) const;
  /// A fingerprint of what file `i` is made from (SiteData::inputs and the language);
  /// 0 when not known.
  std::uint64_t inputs(std::size_t i) const;
  /// File `i`'s bytes; safe to call from several threads at once.
  std::string bytes(std::size_t i) const;
  /// The pages whose layout gives other places than the site links to without laying
  /// them out; empty unless a layout and its places function disagree (for the tests).
  std::vector<std::string> misplaced() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace brm
