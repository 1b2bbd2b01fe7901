#include <skillmatch/input_files.hpp>

#include <algorithm>
#include <sys/stat.h>

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

std::string lowercase_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

class Walker {
 public:
  Walker(const std::set<std::string>& known, InputList& out) : known_(known), out_(out) {}

  void walk(const fs::path& directory) {
    struct stat info {};
    if (::stat(directory.c_str(), &info) != 0) return;
    // The same directory reached twice (a symlink loop, or two links to it) is walked once.
    if (!visited_.insert({info.st_dev, info.st_ino}).second) return;
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
      if (it->path().filename().string().front() != '.') entries.push_back(*it);
    }
    if (error) {
      out_.errors.push_back({directory.string(), "cannot list directory: " + error.message()});
      return;
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
      std::error_code status_error;
      if (entry.is_directory(status_error)) {
        walk(entry.path());
      } else if (known_.count(lowercase_extension(entry.path()))) {
        out_.files.push_back(entry.path().string());
      } else {
        ++out_.skipped;
      }
    }
  }

 private:
  const std::set<std::string>& known_;
  InputList& out_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

InputList collect_inputs(const std::vector<std::string>& paths, const std::set<std::string>& known_extensions) {
  InputList out;
  Walker walker(known_extensions, out);
  for (const auto& given : paths) {
    std::error_code error;
    if (fs::is_directory(given, error)) {
      walker.walk(given);
    } else {
      out.files.emplace_back(given);
    }
  }
  return out;
}

}  // namespace skillmatch
