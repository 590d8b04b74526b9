#pragma once
#include <string>

namespace brm {

/// What went wrong, for the callers that branch on it; they never read the message,
/// which is in the user's language.
enum class ErrorCode {
  failed,            // anything no caller tells apart
  not_a_repository,  // the folder is in no git repository
  unborn_head,       // HEAD names no commit yet: the repository's first commit is to come
  not_a_revision,    // the revision names nothing in the repository
};

/// An error with its code and its message, rendered once, in the user's language.
struct Error {
  ErrorCode code = ErrorCode::failed;
  std::string message;
};

}  // namespace brm
