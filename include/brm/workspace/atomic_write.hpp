#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace brm {

enum class WriteMode {
  create_new,  // fail if the file exists, even when another process creates it meanwhile
  replace,     // replace the file in one step
};

/// Writes `bytes` to an unnamed temporary file in the same folder (a named one where
/// the file system has no O_TMPFILE), flushes it to disk, then puts it in place, so
/// that readers see the old file or the new one, never a torn one, and a run killed
/// midway leaves nothing behind. Returns an empty string on success, else what went
/// wrong.
///
/// Replacing keeps the file's permissions (and its owner where allowed), refuses a
/// read-only file, and writes through a symbolic link to the file it leads to. A new
/// file gets the permissions the umask allows.
///
/// `last_check`, when given, runs after the new bytes are on disk and just before they
/// are put in place; a message it returns stops the write (nothing is changed) and is
/// returned. A read-modify-write uses it to see whether the file changed meanwhile.
std::string write_file_atomic(const std::filesystem::path& file, std::string_view bytes, WriteMode mode,
                              const std::function<std::string()>& last_check = {});

/// Removes temporary files of `file` (`.NAME.tmp-PID-XXXXXXXX`) whose writing process
/// has gone: a run killed between naming its temporary file and renaming it leaves
/// one. Returns how many were removed.
std::size_t sweep_stale_temps(const std::filesystem::path& file);

/// Whether a file name is that of a temporary file left by a write (`.NAME.tmp-...`)
/// whose writer is gone (or cannot be told from the name).
bool is_leftover_temp(std::string_view name);

}  // namespace brm
