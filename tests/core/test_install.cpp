// cmake --install, then build the example plugin out of tree with find_package(skillmatch),
// exactly as a third party would, and load it with the installed CLI.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// Runs argv (each argument quoted for the shell) from `directory`, output to `log`.
int run_logged(const std::vector<std::string>& argv, const fs::path& log, const fs::path& directory = "/") {
  std::string command = "cd '";
  command += directory.string();
  command += "' &&";
  for (const auto& arg : argv) {
    command += " '";
    command += arg;
    command += '\'';
  }
  command += " >>'";
  command += log.string();
  command += "' 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_all(const fs::path& path) {
  std::stringstream content;
  content << std::ifstream(path).rdbuf();
  return content.str();
}

TEST(Install, ThirdPartyPluginBuildsAgainstTheInstalledPackage) {
  // Per process: two test runs on one machine (a sanitizer build beside a release one)
  // must not install into each other's prefix.
  const fs::path root = fs::temp_directory_path() / ("skillmatch-install-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path prefix = root / "prefix";
  const fs::path log = root / "log.txt";
  fs::create_directories(root);
  ASSERT_EQ(run_logged({"cmake", "--install", SKILLMATCH_BINARY_DIR, "--prefix", prefix.string()}, log), 0) << read_all(log);
  const fs::path cli = prefix / "bin" / "skillmatch";
  ASSERT_TRUE(fs::exists(cli));

  // The installed CLI finds its rules and the text plugin with no flag.
  const fs::path resume = root / "resume.txt";
  std::ofstream(resume) << "SKILLS\nPython, Kubernetes\n";
  const fs::path extracted = root / "out.json";
  ASSERT_EQ(run_logged({cli.string(), "extract", "--format", "json", resume.string()}, extracted), 0);
  EXPECT_NE(read_all(extracted).find("\"id\":\"kubernetes\""), std::string::npos);
  // The PDF plugin finds the poppler engine it loads on demand in the installed layout.
  const fs::path pdf = fs::path(SKILLMATCH_SOURCE_DIR) / "samples" / "documents" / "resume-tomasz-libreoffice.pdf";
  const fs::path from_pdf = root / "pdf.json";
  ASSERT_EQ(run_logged({cli.string(), "extract", "--format", "json", pdf.string()}, from_pdf), 0) << read_all(from_pdf);
  EXPECT_NE(read_all(from_pdf).find("\"parser\":\"pdf\""), std::string::npos);

  // `serve` loads its module (cpp-httplib, OpenSSL) from the installed layout; SIGTERM stops it.
  const fs::path served = root / "serve.log";
  run_logged({"timeout", "-s", "TERM", "3", cli.string(), "serve", "--port", "0"}, served);
  EXPECT_NE(read_all(served).find("skillmatch: serving http://127.0.0.1:"), std::string::npos) << read_all(served);
  EXPECT_NE(read_all(served).find("skillmatch: stopped"), std::string::npos) << read_all(served);
  // Without the module, serve says which file it could not load; other commands never need it.
  const fs::path module = prefix / SKILLMATCH_INSTALL_MODULE_DIR / "skillmatch-serve.so";
  ASSERT_TRUE(fs::exists(module));
  fs::remove(module);
  EXPECT_EQ(run_logged({cli.string(), "serve", "--port", "0"}, served), 1) << read_all(served);
  EXPECT_NE(read_all(served).find("cannot load the serve module " + module.string()), std::string::npos) << read_all(served);
  EXPECT_EQ(run_logged({cli.string(), "extract", "--format", "json", resume.string()}, extracted), 0);

  const fs::path build = root / "example-build";
  ASSERT_EQ(run_logged({"cmake", "-S", fs::path(SKILLMATCH_SOURCE_DIR).append("plugins/example").string(), "-B", build.string(),
                        std::string("-DCMAKE_PREFIX_PATH=").append(prefix.string())},
                       log),
            0)
      << read_all(log);
  ASSERT_EQ(run_logged({"cmake", "--build", build.string()}, log), 0) << read_all(log);
  ASSERT_TRUE(fs::exists(build / "skillmatch-example.so")) << read_all(log);
  const fs::path listed = root / "plugins.json";
  ASSERT_EQ(run_logged({cli.string(), "plugins", "--format", "json", "--plugin-dir", build.string()}, listed), 0);
  EXPECT_NE(read_all(listed).find("\"name\": \"example\""), std::string::npos) << read_all(listed);
  fs::remove_all(root);
}

}  // namespace
