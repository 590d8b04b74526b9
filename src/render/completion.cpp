#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brm/render/cli_doc.hpp"

// Completion scripts made from the command line's definition. The scripts find where the
// words typed so far lead (which command, how many positional arguments) with tables
// written here, then offer that command's options, an option's values or the next
// positional argument. Record ids come from the workspace at the moment of the Tab, by
// `brm __complete-ids FOLDER`, which lists the kind folder's files.
namespace brm {
namespace {

std::string path_of(const CliCommand& c) { return fmt::format("{}", fmt::join(c.path, " ")); }

std::vector<std::string> names_of(const CliOption& o) {
  auto out = o.shorts;
  out.insert(out.end(), o.longs.begin(), o.longs.end());
  return out;
}

std::vector<const CliOption*> positionals(const CliCommand& c) {
  std::vector<const CliOption*> out;
  for (const auto& o : c.options)
    if (!o.positional.empty()) out.push_back(&o);
  return out;
}

// ---- bash ----

/// The bash words that complete one value: `compgen` over choices, files, folders,
/// git revisions or record ids.
std::string bash_values(const CliOption& o) {
  switch (o.kind) {
    case ValueKind::choice:
      return fmt::format("_brm_words '{}'", fmt::join(o.choices, " "));
    case ValueKind::record_id:
      return fmt::format("_brm_ids {}", o.folder);
    case ValueKind::file:
      return "_brm_files";
    case ValueKind::dir:
      return "_brm_dirs";
    case ValueKind::revision:
      return "_brm_revs";
    case ValueKind::text:
      return "_brm_none";
  }
  return "_brm_none";
}

std::string bash_quote(const std::string& path, const std::string& rest) {
  return fmt::format("\"{}|{}\"", path, rest);
}

std::string bash_tables(const std::vector<const CliCommand*>& all) {
  std::vector<std::string> subs, takes_value, value_cases, option_cases, positional_cases;
  for (const auto* c : all) {
    const auto path = path_of(*c);
    std::vector<std::string> opts, sub_names;
    for (const auto& s : c->subcommands) {
      subs.push_back(bash_quote(path, s.path.back()));
      sub_names.push_back(s.path.back());
    }
    for (const auto& o : c->options) {
      if (!o.positional.empty()) continue;
      const auto names = names_of(o);
      opts.insert(opts.end(), names.begin(), names.end());
      if (o.value.empty()) continue;
      std::vector<std::string> keys;
      for (const auto& n : names) keys.push_back(bash_quote(path, n));
      takes_value.push_back(fmt::format("{}", fmt::join(keys, "|")));
      value_cases.push_back(fmt::format("    {}) {}; return 0 ;;", fmt::join(keys, "|"), bash_values(o)));
    }
    option_cases.push_back(fmt::format("    \"{}\") _brm_words '{}' ;;", path, fmt::join(opts, " ")));
    if (!sub_names.empty())
      positional_cases.push_back(
          fmt::format("    {}) _brm_words '{}' ;;", bash_quote(path, "0"), fmt::join(sub_names, " ")));
    const auto pos = positionals(*c);
    for (std::size_t i = 0; i < pos.size(); ++i) {
      const auto key = pos[i]->repeats ? fmt::format("\"{}|\"*", path) : bash_quote(path, std::to_string(i));
      positional_cases.push_back(fmt::format("    {}) {} ;;", key, bash_values(*pos[i])));
    }
  }
  std::string out;
  out += fmt::format("_brm_is_command() {{\n  case \"$1|$2\" in\n    {}) return 0 ;;\n  esac\n  return 1\n}}\n\n",
                     fmt::join(subs, "|"));
  out += fmt::format("_brm_takes_value() {{\n  case \"$1|$2\" in\n    {}) return 0 ;;\n  esac\n  return 1\n}}\n\n",
                     fmt::join(takes_value, "|"));
  out += fmt::format("_brm_complete_value() {{\n  case \"$1|$2\" in\n{}\n    *) return 1 ;;\n  esac\n}}\n\n",
                     fmt::join(value_cases, "\n"));
  out += fmt::format("_brm_complete_option() {{\n  case \"$1\" in\n{}\n  esac\n}}\n\n", fmt::join(option_cases, "\n"));
  out += fmt::format("_brm_complete_positional() {{\n  case \"$1|$2\" in\n{}\n    *) _brm_none ;;\n  esac\n}}\n\n",
                     fmt::join(positional_cases, "\n"));
  return out;
}

// Words that come from the workspace or the repository (file names, branch names) are
// never given to `compgen -W`, which expands `$(...)` in them: _brm_lines matches them as
// plain text.
constexpr std::string_view bash_driver = R"sh(_brm_none() { COMPREPLY=(); }
_brm_words() { mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur"); }
_brm_lines() {
  local w
  COMPREPLY=()
  while IFS= read -r w; do [[ $w == "$cur"* ]] && COMPREPLY+=("$w"); done
}
_brm_files() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); }
_brm_dirs() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); }
_brm_revs() { _brm_lines < <(echo HEAD; git for-each-ref --format='%(refname:short)' 2>/dev/null); }
# Record ids from the workspace the command line names (-C), else the one brm finds.
_brm_ids() { _brm_lines < <("${COMP_WORDS[0]}" "${_brm_workspace[@]}" __complete-ids "$1" 2>/dev/null); }

_brm() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  if [[ $cur == "=" ]]; then cur=""; elif [[ $prev == "=" ]] && ((COMP_CWORD > 2)); then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
  _brm_walk "${COMP_WORDS[@]:1:COMP_CWORD-1}"
  _brm_complete "$prev"
}
complete -F _brm brm
)sh";

// The walk over the words typed before the cursor, and the choice of what to offer, in
// the shell language bash and zsh share; each driver hands it its own word array.
// Global options may follow the command (`brm review --color never`); bash splits
// `--format=json` at the `=`.
constexpr std::string_view shared_walk = R"sh(
# Sets _brm_at (the command the words reach), _brm_count (the positional arguments after
# it) and _brm_workspace (-C DIR when the words name one) from the words given.
_brm_walk() {
  local word dir
  _brm_at=""
  _brm_count=0
  _brm_workspace=()
  while (($#)); do
    word=$1
    shift
    if _brm_takes_value "$_brm_at" "$word" || _brm_takes_value "" "$word"; then
      [[ ${1-} == "=" ]] && shift
      if [[ $word == -C || $word == --workspace ]]; then
        dir=${1-}
        dir=${dir/#\~/$HOME}
        dir=${dir#[\"\']}
        _brm_workspace=(-C "${dir%[\"\']}")
      fi
      (($#)) && shift
    elif [[ $word == -* || $word == "=" ]]; then
      :
    elif ((_brm_count == 0)) && _brm_is_command "$_brm_at" "$word"; then
      _brm_at=${_brm_at:+$_brm_at }$word
    else
      ((_brm_count++))
    fi
  done
}

# Offers the values of the option before the cursor, else options, else what the next
# positional argument takes.
_brm_complete() {
  if _brm_complete_value "$_brm_at" "$1" || _brm_complete_value "" "$1"; then return; fi
  if [[ $cur == -* ]]; then _brm_complete_option "$_brm_at"; else _brm_complete_positional "$_brm_at" "$_brm_count"; fi
}
)sh";

// The drivers in zsh's terms: $words and $CURRENT, compadd, _files. (`path` is
// zsh's array tied to PATH, hence `at`.)
constexpr std::string_view zsh_driver = R"sh(_brm_none() { :; }
_brm_words() { compadd -- ${=1}; }
_brm_files() { _files; }
_brm_dirs() { _files -/; }
_brm_revs() { _brm_words "HEAD $(git for-each-ref --format='%(refname:short)' 2>/dev/null)"; }
# Record ids from the workspace the command line names (-C), else the one brm finds.
_brm_ids() {
  local -a ids
  ids=(${(f)"$(${words[1]} "${_brm_workspace[@]}" __complete-ids "$1" 2>/dev/null)"})
  compadd -a ids
}

_brm() {
  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
  _brm_walk "${(@)words[2,CURRENT-1]}"
  _brm_complete "$prev"
}

# Loaded from $fpath on the first Tab, or sourced (source <(brm completion zsh)).
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _brm "$@"
else
  compdef _brm brm
fi
)sh";

// ---- fish ----

std::string fish_quote(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

/// A description short enough for a completion menu: the first clause.
std::string fish_description(std::string_view text) {
  const auto end = text.find_first_of(";(\n");
  auto out = std::string(text.substr(0, end));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == '.')) out.pop_back();
  return fish_quote(out);
}

std::string fish_values(const CliOption& o) {
  switch (o.kind) {
    case ValueKind::choice:
      return fmt::format("-x -a {}", fish_quote(fmt::format("{}", fmt::join(o.choices, " "))));
    case ValueKind::record_id:
      return fmt::format("-x -a '(__brm_ids {})'", o.folder);
    case ValueKind::file:
      return "-r -F";
    case ValueKind::dir:
      return "-x -a '(__fish_complete_directories)'";
    case ValueKind::revision:
      return "-x -a '(__brm_revs)'";
    case ValueKind::text:
      return "-x";
  }
  return "-x";
}

std::string fish_lines(const std::vector<const CliCommand*>& all) {
  std::string out, values;
  for (const auto* c : all) {
    const auto path = path_of(*c);
    for (const auto& o : c->options) {
      if (!o.positional.empty()) continue;
      if (!o.value.empty())
        for (const auto& n : names_of(o)) values += fmt::format(" {}", fish_quote(path + "|" + n));
      std::string flags;
      for (const auto& s : o.shorts) flags += fmt::format(" -s {}", s.substr(1));
      for (const auto& l : o.longs) flags += fmt::format(" -l {}", l.substr(2));
      out += fmt::format("complete -c brm -n {}{}{} -d {}\n", fish_quote("__brm_at " + fish_quote(path)), flags,
                         o.value.empty() ? std::string() : fmt::format(" {}", fish_values(o)),
                         fish_description(o.description));
    }
    for (const auto& s : c->subcommands)
      out += fmt::format("complete -c brm -n {} -x -a {} -d {}\n",
                         fish_quote(fmt::format("__brm_at {} 0", fish_quote(path))), s.path.back(),
                         fish_description(s.summary));
    const auto pos = positionals(*c);
    for (std::size_t i = 0; i < pos.size(); ++i) {
      const auto at = pos[i]->repeats ? fmt::format("__brm_at {}", fish_quote(path))
                                      : fmt::format("__brm_at {} {}", fish_quote(path), i);
      const auto what = pos[i]->kind == ValueKind::file ? std::string("-F") : fish_values(*pos[i]);
      out += fmt::format("complete -c brm -n {} {}\n", fish_quote(at), what);
    }
  }
  std::string subs;
  for (const auto* c : all)
    for (const auto& s : c->subcommands) subs += fmt::format(" {}", fish_quote(path_of(*c) + "|" + s.path.back()));
  return fmt::format("set -g __brm_commands{}\nset -g __brm_value_options{}\n\n", subs, values) + out;
}

constexpr std::string_view fish_driver =
    R"sh(# Where the words typed so far lead: the command's path and how many positional
# arguments follow it, as "PATH|COUNT".
function __brm_state
    set -l words (commandline -opc)
    set -l path ''
    set -l count 0
    set -l skip 0
    for word in $words[2..-1]
        if test $skip = 1
            set skip 0
        else if contains -- "$path|$word" $__brm_value_options; or contains -- "|$word" $__brm_value_options
            set skip 1
        else if string match -q -- '-*' $word
            continue
        else if test $count = 0; and contains -- "$path|$word" $__brm_commands
            set path (string trim -- "$path $word")
        else
            set count (math $count + 1)
        end
    end
    echo "$path|$count"
end

# True when the line is at the command PATH (and, if given, at its COUNT-th positional).
function __brm_at
    set -l state (string split '|' -- (__brm_state))
    test "$state[1]" = "$argv[1]"; or return 1
    test (count $argv) -lt 2; or test "$state[2]" = "$argv[2]"
end

function __brm_workspace
    set -l words (commandline -opc)
    set -l i (contains -i -- -C $words; or contains -i -- --workspace $words)
    and echo -C (string replace -r '^~' $HOME -- $words[(math $i + 1)])
end

function __brm_ids
    brm (__brm_workspace) __complete-ids $argv[1] 2>/dev/null
end

function __brm_revs
    echo HEAD
    git for-each-ref --format='%(refname:short)' 2>/dev/null
end

complete -c brm -f
)sh";

}  // namespace

std::string bash_completion(const CliCommand& root) {
  return "# bash completion for brm, made by `brm completion bash` from its command line's definition.\n\n" +
         bash_tables(man_pages(root)) + std::string(shared_walk) + std::string(bash_driver);
}

std::string zsh_completion(const CliCommand& root) {
  return "#compdef brm\n# zsh completion for brm, made by `brm completion zsh` from its command line's "
         "definition.\n\n" +
         bash_tables(man_pages(root)) + std::string(shared_walk) + std::string(zsh_driver);
}

std::string fish_completion(const CliCommand& root) {
  return "# fish completion for brm, made by `brm completion fish` from its command line's definition.\n\n" +
         std::string(fish_driver) + "\n" + fish_lines(man_pages(root));
}

}  // namespace brm
