// cmake --install, then build the example plugin out of tree with find_package(skillmatch),
// exactly as a third party would, and load it with the installed CLI.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_all(const fs::path& path) {
  std::stringstream content;
  content << std::ifstream(path).rdbuf();
  return content.str();
}

TEST(Install, ThirdPartyPluginBuildsAgainstTheInstalledPackage) {
  const fs::path root = fs::temp_directory_path() / "skillmatch-install-test";
  fs::remove_all(root);
  const fs::path prefix = root / "prefix";
  const fs::path log = root / "log.txt";
  fs::create_directories(root);
  ASSERT_EQ(shell("cmake --install '" SKILLMATCH_BINARY_DIR "' --prefix '" + prefix.string() + "' >'" + log.string() + "' 2>&1"), 0)
      << read_all(log);
  const fs::path cli = prefix / "bin" / "skillmatch";
  ASSERT_TRUE(fs::exists(cli));

  // The installed CLI finds its rules and the text plugin with no flag.
  const fs::path resume = root / "resume.txt";
  std::ofstream(resume) << "SKILLS\nPython, Kubernetes\n";
  ASSERT_EQ(shell("cd / && '" + cli.string() + "' extract --format json '" + resume.string() + "' >'" + (root / "out.json").string() + "'"), 0);
  EXPECT_NE(read_all(root / "out.json").find("\"id\":\"kubernetes\""), std::string::npos);

  const fs::path build = root / "example-build";
  ASSERT_EQ(shell("cmake -S '" SKILLMATCH_SOURCE_DIR "/plugins/example' -B '" + build.string() + "' -DCMAKE_PREFIX_PATH='" +
                  prefix.string() + "' >>'" + log.string() + "' 2>&1 && cmake --build '" + build.string() + "' >>'" +
                  log.string() + "' 2>&1"),
            0)
      << read_all(log);
  ASSERT_TRUE(fs::exists(build / "skillmatch-example.so")) << read_all(log);
  ASSERT_EQ(shell("'" + cli.string() + "' plugins --format json --plugin-dir '" + build.string() + "' >'" + (root / "plugins.json").string() + "'"), 0);
  EXPECT_NE(read_all(root / "plugins.json").find("\"name\": \"example\""), std::string::npos) << read_all(root / "plugins.json");
}

}  // namespace
