#pragma once
#include <filesystem>
#include <functional>
#include <string>

#include "brm/compute/site.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/result.hpp"
#include "brm/workspace/folder_replace.hpp"

namespace brm {

/// The site asked for.
struct SiteInput {
  std::string title;      // empty: the organization
  long within_days = 30;  // what the review counts as due
};

/// The file in a site's folder that lists the files brm wrote there.
inline constexpr std::string_view site_manifest = ".brm-site";

/// What a site opens: the checked records of every kind.
Needs site_needs();

/// Every figure the site shows, as of the workspace's as-of date, over the year up to
/// it, with the fingerprints of what each page is made from.
Result<SiteData> site_workspace(const OpenWorkspace& w, const SiteInput& in);

/// Replaces the folder `dir` with the site's files, as replace_folder does: unchanged
/// files kept as they are (and not made again when their inputs are the same), the
/// folder's other files carried over, all of it put in place in one step. What
/// changed, or why nothing did.
Result<FolderChanges> publish_site(const std::filesystem::path& dir, const FolderPlan& plan);

}  // namespace brm
