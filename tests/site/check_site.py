#!/usr/bin/env python3
"""brm site: the static website of the demo as a reader, HTML Tidy and a deploy see it.

The site is published as plain files (a web server, GitHub Pages, a file share), so
nothing in it may depend on a server or on the network, and a deploy that copies only
what changed must see only what changed. Checked, one line per check:

  a. links: every href and src is relative, lands on a file inside the site, and a
     #fragment names an id on the page it points at; every page links the shared
     style.css, has no script and can be reached from index.html; the demo's pages
     link each other as readers expect (index to the customers, the finance customer
     to its agreement and complaint, and back to the index).
  b. HTML Tidy finds nothing to say about any page, not even a warning.
  c. The same workspace and --as-of give the same files, byte for byte.
  d. A run that changes nothing rewrites nothing (same inode, same mtime) and leaves
     no temporary folder beside the site.
  e. A complaint whose summary changes rewrites only the pages that show it.
  f. The page of a customer that is removed goes away; files brm did not write
     (CNAME, .nojekyll) stay as they were.
  g. A non-empty folder brm did not write is refused (exit 2) and left alone.
  h. The Swedish site says lang="sv" and its links hold as well.

usage: check_site.py BRM SOURCE_DIR TIDY WORK_DIR
"""
import collections
import html.parser
import os
import pathlib
import posixpath
import re
import shutil
import subprocess
import sys
import urllib.parse

AS_OF = "2026-11-23"
MANIFEST = ".brm-site"
FOREIGN = ["CNAME", ".nojekyll"]  # files put into the site's folder by hand (checks f and i)
TOP_PAGES = ["index.html", "customers.html", "agreements.html", "complaints.html",
             "satisfaction.html", "delivery.html", "review.html"]
TIMEOUT = 120
# An external URL, wherever it stands; XML namespace names (inline SVG's xmlns) are
# identifiers, never fetched, so they are taken out before looking.
EXTERNAL_URL = re.compile(r"\b(https?|ftp):", re.IGNORECASE)
NAMESPACE_ATTR = re.compile(r"""\sxmlns(:\w+)?\s*=\s*("[^"]*"|'[^']*')""", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]*)""", re.IGNORECASE)


class CheckFailed(Exception):
    """One check found the site wrong; the message says how."""


def require(problems, what):
    """Fail with every problem listed (the first 40), or do nothing when there is none."""
    if problems:
        shown = "\n  ".join(problems[:40])
        more = f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else ""
        raise CheckFailed(f"{what}:\n  {shown}{more}")


# --- running brm ---------------------------------------------------------------------

class Brm:
    """brm site on one workspace, in the C locale so that only --lang picks the language."""

    def __init__(self, brm, workspace):
        self.brm = brm
        self.workspace = workspace
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("LANG", "LANGUAGE", "LC_MESSAGES", "LC_ALL")}
        self.env["LC_ALL"] = "C.UTF-8"

    def site(self, out, *extra):
        return subprocess.run([self.brm, "-C", str(self.workspace), "site", str(out),
                               "--as-of", AS_OF, *extra],
                              capture_output=True, text=True, env=self.env, timeout=TIMEOUT)

    def build(self, out, *extra):
        """Build the site into out; a run that does not exit 0 fails the check."""
        run = self.site(out, *extra)
        if run.returncode != 0:
            command = " ".join(["brm site", str(out), *extra])
            raise CheckFailed(f"{command} exited {run.returncode}: {run.stderr.strip()}")
        return pathlib.Path(out)


# --- reading the files of a site -----------------------------------------------------

def site_files(root):
    """Every regular file under root, hidden ones included, as sorted posix paths."""
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            found.append((pathlib.Path(folder) / name).relative_to(root).as_posix())
    return sorted(found)


def tree_state(root):
    """{file: (inode, mtime in ns)}: what a rewrite of a file changes even at equal bytes."""
    state = {}
    for rel in site_files(root):
        st = os.lstat(root / rel)
        state[rel] = (st.st_ino, st.st_mtime_ns)
    return state


def changed_files(before, after):
    """The files written, created or removed between two tree_state()s."""
    return sorted(rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel))


def top_level(text, key):
    """The scalar of a top-level `key:` line of a simple YAML record, unquoted, or None."""
    match = re.search(rf"^{re.escape(key)}:[ \t]*(.*?)[ \t]*$", text, re.MULTILINE)
    if not match:
        return None
    value = match.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def records(folder):
    """[(path, text)] of the YAML records of one folder of a workspace, sorted by name."""
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))]


def customer_ids(workspace):
    return sorted(top_level(text, "id") for _, text in records(workspace / "customers"))


# --- the pages -----------------------------------------------------------------------

class Page(html.parser.HTMLParser):
    """What a page offers to links (ids, <a name>) and what it refers to (href, src)."""

    URL_ATTRS = {"href", "src", "xlink:href"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.urls = []          # (line, tag, attribute, value)
        self.stylesheets = []   # href of each <link rel="stylesheet">
        self.scripts = 0
        self.lang = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            value = value or ""
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in self.URL_ATTRS:
                self.urls.append((line, tag, name, value))
        named = dict(attrs)
        if tag == "link" and "stylesheet" in (named.get("rel") or "").lower().split():
            self.stylesheets.append(named.get("href") or "")
        if tag == "script":
            self.scripts += 1
        if tag == "html":
            self.lang = named.get("lang")


class Site:
    """A built site: its pages parsed once, and how a browser resolves their links."""

    def __init__(self, root):
        self.root = pathlib.Path(root).resolve()
        self.files = site_files(self.root)
        self.pages = {rel: Page((self.root / rel).read_text(encoding="utf-8"))
                      for rel in self.files if rel.endswith(".html")}

    def resolve(self, source, url):
        """(target file, fragment) the url of file `source` leads to; ValueError says why not."""
        if "\\" in url:
            raise ValueError("has a backslash, which browsers read as a slash")
        parts = urllib.parse.urlsplit(url.strip())
        # A static site is opened from a file share as well as from a server: only a
        # relative path finds the file in both places.
        if parts.scheme:
            raise ValueError(f"has the scheme {parts.scheme}:")
        if parts.netloc or url.strip().startswith("//"):
            raise ValueError("names a host")
        if parts.path.startswith("/"):
            raise ValueError("is an absolute path")
        if parts.query:
            raise ValueError("has a query, which no static file reads")
        path = urllib.parse.unquote(parts.path)
        target = source
        if path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(source), path))
        if target == ".." or target.startswith("../"):
            raise ValueError("leaves the site folder")
        file = self.root / target
        if not file.is_file() or not file.resolve().is_relative_to(self.root):
            raise ValueError(f"points at {target}, which is not a file of the site")
        fragment = urllib.parse.unquote(parts.fragment)
        if fragment:
            if target not in self.pages:
                raise ValueError(f"has a fragment on {target}, which is not a page")
            if fragment not in self.pages[target].ids:
                raise ValueError(f"#{fragment} is no id on {target}")
        return target, fragment

    def links(self, source):
        """[(target, fragment)] of every link of a page that resolves (check_links judges the rest)."""
        found = []
        for _, _, _, url in self.pages[source].urls:
            try:
                found.append(self.resolve(source, url))
            except ValueError:
                pass
        return found


# --- what every site must be ---------------------------------------------------------

def check_links(site):
    """Every href and src of every page resolves; returns how many were followed."""
    problems, count = [], 0
    for rel, page in site.pages.items():
        for line, tag, attr, url in page.urls:
            count += 1
            try:
                site.resolve(rel, url)
            except ValueError as why:
                problems.append(f"{rel}:{line}: <{tag} {attr}=\"{url}\"> {why}")
    require(problems, "broken links")
    return count


def check_stylesheet_and_scripts(site):
    """Each page links the one style.css; none runs a script."""
    problems = []
    if "style.css" not in site.files or not (site.root / "style.css").stat().st_size:
        problems.append("style.css is missing or empty")
    for rel, page in site.pages.items():
        targets = set()
        for href in page.stylesheets:
            try:
                targets.add(site.resolve(rel, href)[0])
            except ValueError:
                pass    # check_links names it
        if "style.css" not in targets:
            problems.append(f"{rel}: no <link rel=\"stylesheet\"> to style.css")
        raw = (site.root / rel).read_text(encoding="utf-8").lower()
        if page.scripts or "<script" in raw:
            problems.append(f"{rel}: has a <script>")
    require(problems, "stylesheet or script")


def check_no_external_urls(site):
    """No file of the site (pages, stylesheet) names anything on the network."""
    problems = []
    for rel in site.files:
        if not rel.endswith((".html", ".css")):
            continue
        text = NAMESPACE_ATTR.sub(" ", (site.root / rel).read_text(encoding="utf-8"))
        for match in EXTERNAL_URL.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{rel}:{line}: {text[match.start():match.start() + 60]!r}")
        if rel.endswith(".css"):
            for url in CSS_URL.findall(text):
                try:
                    site.resolve(rel, url)
                except ValueError as why:
                    problems.append(f"{rel}: url({url}) {why}")
            if "@import" in text:
                problems.append(f"{rel}: @import fetches another stylesheet")
    require(problems, "external URLs")


def check_reachable(site):
    """Every page can be reached from index.html by following links: no orphan pages."""
    seen, queue = {"index.html"}, collections.deque(["index.html"])
    while queue:
        for target, _ in site.links(queue.popleft()):
            if target in site.pages and target not in seen:
                seen.add(target)
                queue.append(target)
    require(sorted(set(site.pages) - seen), "pages no link from index.html leads to")


def check_expected_pages(site, workspace):
    """The overview pages, one page per customer of the workspace and no other, and the manifest."""
    expected = set(TOP_PAGES) | {f"customers/{cid}.html" for cid in customer_ids(workspace)}
    present = {rel for rel in site.pages if rel in TOP_PAGES or rel.startswith("customers/")}
    problems = [f"missing: {rel}" for rel in sorted(expected - present)]
    problems += [f"not a page of this workspace: {rel}" for rel in sorted(present - expected)]
    if MANIFEST not in site.files:
        problems.append(f"missing: {MANIFEST}")
    require(problems, f"pages of {site.root}")


def check_site(root, workspace):
    """Everything a built site must be; returns (site, number of links checked)."""
    site = Site(root)
    check_expected_pages(site, workspace)
    count = check_links(site)
    check_stylesheet_and_scripts(site)
    check_no_external_urls(site)
    check_reachable(site)
    return site, count


# --- the checks ----------------------------------------------------------------------

class Context:
    """The tools and folders the checks share; the checks run in order on one workspace."""

    def __init__(self, brm, source, tidy, work):
        self.source = pathlib.Path(source)
        self.demo = self.source / "examples" / "demo"
        self.tidy = tidy
        self.work = pathlib.Path(work).absolute()
        self.ws = self.work / "ws"
        self.public = self.work / "public"
        self.brm = Brm(brm, self.ws)

    def fresh(self):
        """An empty work folder holding a copy of the demo workspace."""
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        shutil.copytree(self.demo, self.ws)


def ids_of(ctx, kind, customer):
    """The ids of the demo's records of one kind (agreements, complaints) of a customer."""
    return {top_level(text, "id") for _, text in records(ctx.demo / kind)
            if top_level(text, "customer") == customer}


def links_to(site, source, target, ids=None):
    """Whether a page links target; given ids, by a fragment that holds one of them."""
    for linked, fragment in site.links(source):
        if linked == target and (ids is None or any(i in fragment for i in ids if i)):
            return True
    return False


def check_a_links(ctx):
    """a. links, stylesheet, no script, no orphan, and the demo's own links."""
    ctx.brm.build(ctx.public)
    site, count = check_site(ctx.public, ctx.ws)
    problems = []
    if not any(t.startswith("customers/") for t, _ in site.links("index.html")):
        problems.append("index.html links no customer page")
    finance = "customers/finance.html"
    if not links_to(site, finance, "agreements.html", ids_of(ctx, "agreements", "finance")):
        problems.append(f"{finance} links no agreements.html#<a finance agreement>")
    if not links_to(site, finance, "complaints.html", ids_of(ctx, "complaints", "finance")):
        problems.append(f"{finance} links no complaints.html#<a finance complaint>")
    if not links_to(site, finance, "index.html"):
        problems.append(f"{finance} links not back to index.html")
    require(problems, "the demo's links")
    return f"a. {count} links in {len(site.pages)} pages resolve; style.css everywhere, no script, no orphan"


def check_b_tidy(ctx):
    """b. HTML Tidy is silent on every page."""
    problems = []
    pages = [rel for rel in site_files(ctx.public) if rel.endswith(".html")]
    for rel in pages:
        run = subprocess.run([ctx.tidy, "-q", "-e", str(ctx.public / rel)],
                             capture_output=True, text=True, timeout=TIMEOUT)
        said = (run.stdout + run.stderr).strip()
        if run.returncode != 0 or said:
            problems.append(f"{rel} (tidy exit {run.returncode}):\n    " + said.replace("\n", "\n    "))
    require(problems, "HTML Tidy")
    return f"b. tidy -q -e is silent on {len(pages)} pages"


def check_c_reproducible(ctx):
    """c. a second build elsewhere has the same files with the same bytes."""
    again = ctx.brm.build(ctx.work / "public2")
    first, second = site_files(ctx.public), site_files(again)
    problems = [f"only in public: {rel}" for rel in sorted(set(first) - set(second))]
    problems += [f"only in public2: {rel}" for rel in sorted(set(second) - set(first))]
    # The manifest is brm's own bookkeeping (it may name its folder): not compared.
    problems += [f"different bytes: {rel}" for rel in sorted(set(first) & set(second))
                 if rel != MANIFEST
                 and (ctx.public / rel).read_bytes() != (again / rel).read_bytes()]
    require(problems, "two builds differ")
    return f"c. two builds give the same {len(first)} files, byte for byte"


def check_d_no_change(ctx):
    """d. a run on an unchanged workspace rewrites no file and leaves nothing beside the site."""
    beside = sorted(os.listdir(ctx.work))
    before = tree_state(ctx.public)
    ctx.brm.build(ctx.public)
    changed = [rel for rel in changed_files(before, tree_state(ctx.public)) if rel != MANIFEST]
    problems = [f"rewritten: {rel}" for rel in changed]
    if (ctx.work / ".public.brm-new").exists():
        problems.append("the temporary folder .public.brm-new is left behind")
    problems += [f"left beside the site: {name}"
                 for name in sorted(set(os.listdir(ctx.work)) - set(beside))]
    require(problems, "a run with nothing to do changed files")
    return f"d. nothing to do: {len(before)} files keep their inode and mtime, nothing left beside"


def html_escape(text):
    """Text as a page shows it in its source (brm escapes &, < and >)."""
    return html.escape(text, quote=False)


def pick_open_complaint(workspace):
    """(path, id, customer) of the first open complaint of a customer that is no parent.

    A parent's page may sum up its children, so the complaint of a leaf customer is the
    one whose page alone among the customer pages has to change."""
    parents = {top_level(text, "parent") for _, text in records(workspace / "customers")}
    for path, text in records(workspace / "complaints"):
        customer = top_level(text, "customer")
        if top_level(text, "status") == "open" and customer not in parents:
            return path, top_level(text, "id"), customer
    raise CheckFailed("the demo has no open complaint of a customer without children")


def edit_summary(path, addition):
    """Append words to the plain one-line summary of a complaint; returns the new summary."""
    text = path.read_text(encoding="utf-8")
    # A plain scalar (no quote or block indicator first): words appended keep it one.
    lines = re.findall(r"^summary: [^\s\"'|>&*!%@`{\[#][^\n]*$", text, re.MULTILINE)
    if len(lines) != 1:
        raise CheckFailed(f"{path}: no single plain `summary:` line to edit")
    new_line = f"{lines[0]} {addition}"
    path.write_text(text.replace(lines[0] + "\n", new_line + "\n", 1), encoding="utf-8")
    return new_line[len("summary: "):]


def check_e_one_complaint(ctx):
    """e. a changed complaint summary rewrites the pages that show it and no other."""
    path, cid, customer = pick_open_complaint(ctx.ws)
    summary = edit_summary(path, "(edited by the site check)")
    before = tree_state(ctx.public)
    ctx.brm.build(ctx.public)
    changed = [rel for rel in changed_files(before, tree_state(ctx.public)) if rel != MANIFEST]
    own_page = f"customers/{customer}.html"
    # A page may name the complaint by its id or show its summary alone (as the review
    # does): either way it is a page the change may rewrite.
    showing = {rel for rel in site_files(ctx.public) if rel.endswith(".html") and
               any(s in (ctx.public / rel).read_text(encoding="utf-8")
                   for s in (cid, html_escape(summary)))}
    problems = [f"not rewritten: {rel}" for rel in ("complaints.html", own_page) if rel not in changed]
    problems += [f"rewritten but does not show {cid}: {rel}" for rel in changed if rel not in showing]
    problems += [f"rewritten: {rel}" for rel in changed
                 if rel == "style.css" or (rel.startswith("customers/") and rel != own_page)]
    if html_escape(summary) not in (ctx.public / "complaints.html").read_text(encoding="utf-8"):
        problems.append("complaints.html does not show the new summary")
    require(problems, f"after editing the summary of {cid}")
    return f"e. complaint {cid} of {customer} edited: rewritten {', '.join(changed)}"


def foreign_state(public, names):
    """{name: (bytes, inode, mtime)} of files a user put into the site folder."""
    return {name: ((public / name).read_bytes(), os.lstat(public / name).st_ino,
                   os.lstat(public / name).st_mtime_ns) for name in names}


def foreign_changes(public, foreign, run):
    """What a run did to the files of foreign_state(): [] when they are as they were."""
    problems = []
    for name, before in foreign.items():
        if not (public / name).is_file():
            problems.append(f"{name} removed by the run that {run}")
        elif foreign_state(public, [name])[name] != before:
            problems.append(f"{name} changed (bytes, inode or mtime) by the run that {run}")
    return problems


def add_customer(workspace, new_id):
    """A new customer: a copy of the demo's smallest customer file under another id and name."""
    smallest = min((workspace / "customers").glob("*.yaml"), key=lambda p: p.stat().st_size)
    text = smallest.read_text(encoding="utf-8")
    for key, value in (("id", new_id), ("name", "Site Check Customer")):
        text, count = re.subn(rf"^{key}: .*$", f"{key}: {value}", text, count=1, flags=re.MULTILINE)
        if not count:
            raise CheckFailed(f"{smallest} has no top-level `{key}:` to change")
    new_file = workspace / "customers" / f"{new_id}.yaml"
    new_file.write_text(text, encoding="utf-8")
    return new_file


def check_f_removal_and_foreign_files(ctx):
    """f. a removed customer's page goes; CNAME and .nojekyll stay untouched."""
    (ctx.public / "CNAME").write_text("brm.example", encoding="utf-8")
    (ctx.public / ".nojekyll").write_bytes(b"")
    foreign = foreign_state(ctx.public, FOREIGN)
    files_before = set(site_files(ctx.public)) - {MANIFEST}
    new_id = "site-check-customer"
    page = ctx.public / "customers" / f"{new_id}.html"
    problems = []

    new_file = add_customer(ctx.ws, new_id)
    ctx.brm.build(ctx.public)
    if not page.is_file():
        problems.append(f"no page customers/{new_id}.html for the added customer")
    problems += foreign_changes(ctx.public, foreign, "added a customer")

    new_file.unlink()
    ctx.brm.build(ctx.public)
    if page.exists():
        problems.append(f"customers/{new_id}.html is still there after its customer went")
    problems += foreign_changes(ctx.public, foreign, "removed it")
    files_after = set(site_files(ctx.public)) - {MANIFEST}
    problems += [f"left over: {rel}" for rel in sorted(files_after - files_before)]
    problems += [f"gone: {rel}" for rel in sorted(files_before - files_after)]
    require(problems, "adding and removing a customer")
    return f"f. customers/{new_id}.html came and went; CNAME and .nojekyll untouched"


def check_g_refusal(ctx):
    """g. a non-empty folder without the manifest is refused and left as it was."""
    folder = ctx.work / "notasite"
    folder.mkdir()
    (folder / "keep.txt").write_text("not brm's\n", encoding="utf-8")
    before = foreign_state(folder, ["keep.txt"])
    beside = sorted(os.listdir(ctx.work))
    run = ctx.brm.site(folder)
    problems = []
    if run.returncode != 2:
        problems.append(f"exit {run.returncode}, wanted 2")
    if "notasite" not in run.stderr:
        problems.append(f"stderr does not name the folder: {run.stderr.strip()!r}")
    if sorted(os.listdir(folder)) != ["keep.txt"]:
        problems.append(f"the folder now holds {sorted(os.listdir(folder))}")
    elif foreign_state(folder, ["keep.txt"]) != before:
        problems.append("keep.txt changed")
    if sorted(os.listdir(ctx.work)) != beside:
        problems.append(f"left beside it: {sorted(set(os.listdir(ctx.work)) - set(beside))}")
    require(problems, "a folder that is not a site")
    return "g. a non-empty folder without .brm-site is refused with exit 2 and left alone"


def check_h_swedish(ctx):
    """h. --lang sv: the index says lang="sv"; the links hold as in English."""
    public_sv = ctx.brm.build(ctx.work / "public-sv", "--lang", "sv")
    site, count = check_site(public_sv, ctx.ws)
    if site.pages["index.html"].lang != "sv":
        raise CheckFailed(f"public-sv/index.html has lang={site.pages['index.html'].lang!r}, wanted sv")
    return f"h. --lang sv: lang=\"sv\", {count} links in {len(site.pages)} pages resolve"


def same_as_fresh(ctx, label):
    """Problems where the site updated in place differs from one built afresh."""
    fresh = ctx.brm.build(ctx.work / "fresh")
    kept = [rel for rel in site_files(ctx.public) if rel not in FOREIGN]
    made = site_files(fresh)
    problems = [f"{label}: only in the updated site: {rel}" for rel in sorted(set(kept) - set(made))]
    problems += [f"{label}: missing from the updated site: {rel}" for rel in sorted(set(made) - set(kept))]
    problems += [f"{label}: stale page: {rel}" for rel in sorted(set(kept) & set(made))
                 if rel != MANIFEST and (ctx.public / rel).read_bytes() != (fresh / rel).read_bytes()]
    shutil.rmtree(fresh)
    return problems


def replace_top_level(path, key, value):
    """Set a top-level `key: value` line of a YAML file (written whole, then renamed)."""
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1)
    if n != 1:
        raise CheckFailed(f"{path}: no `{key}:` line")
    path.write_text(new, encoding="utf-8")


def check_i_incremental_is_fresh(ctx):
    """i. after each kind of change, the site updated in place is the site built afresh.

    A page is not made again when what it is made from did not change; each edit below
    changes something a page reads from another record's file (a parent's name, the
    organization, a service's name, a new record, a record left out for an error), and
    every page must then be what a build from nothing gives."""
    ws = ctx.ws
    complaint = sorted((ws / "complaints").glob("*.yaml"))[0]
    edits = [
        ("a parent renamed", lambda: replace_top_level(ws / "customers/board.yaml", "name", "Executive Office")),
        ("the organization renamed", lambda: replace_top_level(ws / "brm.yaml", "organization", "Nordvik IT")),
        ("a service renamed",
         lambda: replace_top_level(ws / "services/case-management.yaml", "name", "Case Management")),
        ("a complaint added",
         lambda: (ws / "complaints/2026-11-20-water-meter-portal.yaml").write_text(
             complaint.read_text(encoding="utf-8").replace(top_level(complaint.read_text(encoding="utf-8"), "id"),
                                                           "2026-11-20-water-meter-portal"), encoding="utf-8")),
        ("a complaint left out for an error", lambda: replace_top_level(complaint, "customer", "nobody")),
    ]
    problems = []
    for label, edit in edits:
        edit()
        ctx.brm.build(ctx.public)
        problems += same_as_fresh(ctx, label)
    require(problems, "updated in place")
    return f"i. after {len(edits)} kinds of change the updated site is byte for byte the fresh one"


CHECKS = [check_a_links, check_b_tidy, check_c_reproducible, check_d_no_change,
          check_e_one_complaint, check_f_removal_and_foreign_files, check_g_refusal,
          check_h_swedish, check_i_incremental_is_fresh]


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.strip().splitlines()[-1])
    ctx = Context(*sys.argv[1:5])
    ctx.fresh()
    failed = 0
    for check in CHECKS:
        try:
            print(f"ok   {check(ctx)}", flush=True)
        except (CheckFailed, subprocess.TimeoutExpired, OSError) as why:
            failed += 1
            print(f"FAIL {check.__doc__.splitlines()[0]}\n  {why}", flush=True)
        # Every later check works on the first site: without it they only repeat its failure.
        if not (ctx.public / "index.html").is_file():
            print("FAIL the site was not built: the other checks are skipped")
            return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
