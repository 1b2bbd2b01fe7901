// `skillmatch serve` over real HTTP: every endpoint against a started server, compared
// with what the CLI prints for the same input, and every error status with its JSON body.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSource = SKILLMATCH_SOURCE_DIR;
const fs::path kResume = kSource / "samples/resumes/ml-engineer-priya.txt";
const fs::path kPosting = kSource / "samples/postings/posting-senior-ml-engineer.txt";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A scratch directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "skillmatch-serve-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

// `skillmatch serve --port 0 ARGS...`, started and stopped by the test; its stderr is
// collected on a thread so the server never blocks on a full pipe.
class ServerProcess {
 public:
  explicit ServerProcess(std::vector<std::string> args) {
    args.insert(args.begin(), {SKILLMATCH_CLI, "serve", "--port", "0"});
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(pipe_fds[1], STDERR_FILENO);
      ::close(pipe_fds[0]);
      ::close(pipe_fds[1]);
      std::vector<char*> argv;
      for (auto& arg : args) argv.push_back(arg.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(pipe_fds[1]);
    stderr_fd_ = pipe_fds[0];
    reader_ = std::thread([this] {
      char buffer[4096];
      for (;;) {
        const ssize_t n = ::read(stderr_fd_, buffer, sizeof buffer);
        if (n <= 0) break;
        std::lock_guard lock(mutex_);
        stderr_.append(buffer, static_cast<std::size_t>(n));
      }
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    static const std::regex serving(R"(serving http://([^/\s]+):(\d+)/)");
    while (std::chrono::steady_clock::now() < deadline) {
      std::smatch match;
      const std::string text = errors();
      if (std::regex_search(text, match, serving)) {
        host_ = match[1];
        port_ = std::stoi(match[2]);
        return;
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  ~ServerProcess() {
    stop();
    if (reader_.joinable()) reader_.join();
    ::close(stderr_fd_);
  }

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Exit status once stopped (or when it failed to start).
  int exit_status() const { return exit_status_; }

  std::string errors() const {
    std::lock_guard lock(mutex_);
    return stderr_;
  }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30);
    client.set_write_timeout(30);
    return client;
  }

  // Sends `signal` and waits for the exit; returns the exit status.
  int stop(int signal_number = SIGTERM) {
    if (pid_ > 0) {
      ::kill(pid_, signal_number);
      int status = 0;
      ::waitpid(pid_, &status, 0);
      exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      pid_ = -1;
      if (reader_.joinable()) reader_.join();
    }
    return exit_status_;
  }

 private:
  pid_t pid_ = -1;
  int stderr_fd_ = -1;
  int port_ = 0;
  int exit_status_ = -1;
  std::string host_;
  mutable std::mutex mutex_;
  std::string stderr_;
  std::thread reader_;
};

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

// Runs the CLI in `directory` (so sources are the bare file names an upload would have).
CliRun run_cli(const std::string& arguments, const fs::path& directory = fs::current_path()) {
  TempDir scratch;
  const fs::path err = scratch.path / "stderr";
  // `timeout`: a server that should have refused to start must not hang the test.
  const std::string command = "cd '" + directory.string() + "' && timeout 60 '" SKILLMATCH_CLI "' " + arguments + " 2>'" +
                              err.string() + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, read_file(err)};
}

// Every error is JSON {"error": "...", "status": N} with N the HTTP status.
void expect_error(const httplib::Result& result, int status, const std::string& containing = "") {
  ASSERT_TRUE(result) << "no response: " << httplib::to_string(result.error());
  EXPECT_EQ(result->status, status) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  const json body = json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << result->body;
  ASSERT_TRUE(body.contains("error") && body["error"].is_string()) << result->body;
  EXPECT_EQ(body.value("status", 0), status);
  EXPECT_EQ(body.size(), 2u) << result->body;
  if (!containing.empty()) {
    EXPECT_NE(body["error"].get<std::string>().find(containing), std::string::npos) << result->body;
  }
}

json json_of(const httplib::Result& result, int status = 200) {
  EXPECT_TRUE(result) << "no response";
  if (!result) return nullptr;
  EXPECT_EQ(result->status, status) << result->body;
  return json::parse(result->body);
}

httplib::MultipartFormDataItems form(std::initializer_list<std::tuple<std::string, fs::path>> files,
                                     std::initializer_list<std::pair<std::string, std::string>> fields = {}) {
  httplib::MultipartFormDataItems items;
  for (const auto& [name, path] : files) items.push_back({name, read_file(path), path.filename().string(), "application/octet-stream"});
  for (const auto& [name, value] : fields) items.push_back({name, value, "", ""});
  return items;
}

// One server for the tests that need no special options.
class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess({}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(server_->started()) << server_->errors(); }
  static httplib::Client client() { return server_->client(); }
  static ServerProcess* server_;
};
ServerProcess* ServeApi::server_ = nullptr;

TEST_F(ServeApi, HealthzNamesVersionRulesAndParsers) {
  const json body = json_of(client().Get("/healthz"));
  EXPECT_EQ(body["status"], "ok");
  EXPECT_FALSE(body["version"].get<std::string>().empty());
  EXPECT_FALSE(body["rules"].get<std::string>().empty());
  EXPECT_GT(body["skills"].get<int>(), 100);
  EXPECT_NE(std::find(body["parsers"].begin(), body["parsers"].end(), "text"), body["parsers"].end());
}

TEST_F(ServeApi, OpenApiDocumentDescribesEveryEndpoint) {
  auto result = client().Get("/openapi.json");
  const json document = json_of(result);
  EXPECT_EQ(document["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path : {"/api/extract", "/api/match", "/api/screen", "/api/roles", "/api/skills", "/healthz",
                           "/metrics", "/openapi.json", "/"}) {
    EXPECT_TRUE(document["paths"].contains(path)) << path;
  }
  EXPECT_TRUE(document["paths"]["/api/extract"].contains("post"));
  EXPECT_TRUE(document["paths"]["/api/roles"].contains("get"));
  EXPECT_EQ(document["info"]["version"], json_of(client().Get("/healthz"))["version"]);
}

TEST_F(ServeApi, WebPageIsSelfContained) {
  auto page = client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_NE(page->body.find("<script src=\"app.js\""), std::string::npos);
  for (const char* asset : {"/", "/app.js", "/app.css"}) {
    auto result = client().Get(asset);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200) << asset;
    // No CDN, no external font or script: nothing but this server.
    EXPECT_EQ(result->body.find("http://"), std::string::npos) << asset;
    EXPECT_EQ(result->body.find("https://"), std::string::npos) << asset;
    EXPECT_EQ(result->body.find("//cdn"), std::string::npos) << asset;
  }
  auto head = client().Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
}

TEST_F(ServeApi, RolesAndSkillsAreTheCliJson) {
  const CliRun roles = run_cli("roles --format json");
  ASSERT_EQ(roles.status, 0) << roles.err;
  EXPECT_EQ(json_of(client().Get("/api/roles")), json::parse(roles.out));
  const CliRun skills = run_cli("skills --format json");
  ASSERT_EQ(skills.status, 0) << skills.err;
  EXPECT_EQ(json_of(client().Get("/api/skills")), json::parse(skills.out));
  const CliRun some = run_cli("skills --format json --category Cloud");
  const json filtered = json_of(client().Get("/api/skills?category=Cloud"));
  EXPECT_EQ(filtered, json::parse(some.out));
  EXPECT_GT(filtered.size(), 0u);
  EXPECT_LT(filtered.size(), json::parse(skills.out).size());
}

TEST_F(ServeApi, ExtractUploadIsTheCliJson) {
  const CliRun cli = run_cli("extract --format json " + kResume.filename().string(), kResume.parent_path());
  ASSERT_EQ(cli.status, 0) << cli.err;
  EXPECT_EQ(json_of(client().Post("/api/extract", form({{"file", kResume}}))), json::parse(cli.out));
}

TEST_F(ServeApi, ExtractBinaryFormatsParseInMemory) {
  const fs::path docx = kSource / "samples/documents/resume-priya-pandoc.docx";
  const CliRun cli = run_cli("extract --format json " + docx.filename().string(), docx.parent_path());
  ASSERT_EQ(cli.status, 0) << cli.err;
  EXPECT_EQ(json_of(client().Post("/api/extract", form({{"file", docx}}))), json::parse(cli.out));
  // The raw file as the body, named by ?name=.
  const json raw = json_of(client().Post("/api/extract?name=resume.docx", read_file(docx), "application/octet-stream"));
  EXPECT_EQ(raw["documents"][0]["parser"], "docx");
  EXPECT_EQ(raw["documents"][0]["skills"], json::parse(cli.out)["documents"][0]["skills"]);
}

TEST_F(ServeApi, ExtractPastedTextWithTheTextOffsetsReferTo) {
  const std::string text = read_file(kResume);
  const json body = json_of(client().Post("/api/extract?text=true", json{{"name", "priya.txt"}, {"text", text}}.dump(),
                                          "application/json"));
  ASSERT_EQ(body["documents"].size(), 1u);
  const json& document = body["documents"][0];
  EXPECT_EQ(document["source"], "priya.txt");
  const CliRun cli = run_cli("text " + kResume.filename().string(), kResume.parent_path());
  EXPECT_EQ(document["text"].get<std::string>(), cli.out);
  const std::string shown = document["text"];
  for (const auto& skill : document["skills"]) {
    for (const auto& mention : skill["mentions"]) {
      EXPECT_EQ(shown.substr(mention["offset"].get<std::size_t>(), mention["length"].get<std::size_t>()), mention["text"]);
    }
  }
  // Pasted text in a multipart form works the same.
  const json pasted = json_of(client().Post("/api/extract", form({}, {{"text", text}, {"name", "priya.txt"}})));
  EXPECT_EQ(pasted["documents"][0]["skills"], document["skills"]);
}

// A feed of postings, as JSON Lines: `count` small ones, and at `large_at` one whose
// description is `large_bytes` long.
std::string posting_feed(std::size_t count, std::size_t large_at, std::size_t large_bytes) {
  const std::vector<std::string> skills = {"Python", "Kafka", "Kubernetes", "SQL", "React", "Go", "Terraform", "Spark"};
  std::string feed;
  for (std::size_t i = 0; i < count; ++i) {
    std::string description = "We need " + skills[i % skills.size()] + " and " + skills[(i * 3 + 1) % skills.size()] +
                              " for our data platform. No experience with " + skills[(i + 5) % skills.size()] + " is needed.";
    if (i == large_at) {
      while (description.size() < large_bytes) description += " Built pipelines with Spark and Airflow on AWS.";
    }
    feed += json{{"@type", "JobPosting"}, {"title", "Engineer " + std::to_string(i)}, {"description", description}}.dump() + "\n";
  }
  return feed;
}

// The server extracts a feed's postings as it writes them, in batches on its parse threads,
// and a large posting straight to the client: the streamed response must still be the
// whole JSON the CLI prints, byte for byte (commas between batches and around the large
// posting included), and must parse.
TEST_F(ServeApi, ExtractStreamsAFeedAsTheWholeCliJson) {
  TempDir directory;
  // About 1 MB of JSON: several of the server's 256 KB batches, and one 100 KB posting
  // (over its 64 KB render-ahead limit) between them.
  const std::size_t postings = 1500;
  const std::string feed = posting_feed(postings, 700, 100000);
  std::ofstream(directory.path / "feed.ndjson") << feed;
  const CliRun cli = run_cli("extract --format json feed.ndjson", directory.path);
  ASSERT_EQ(cli.status, 0) << cli.err;
  ASSERT_GT(cli.out.size(), 1000000u);

  auto c = client();
  const auto streamed = c.Post("/api/extract?name=feed.ndjson", feed, "application/octet-stream");
  ASSERT_TRUE(streamed) << httplib::to_string(streamed.error());
  EXPECT_EQ(streamed->status, 200);
  EXPECT_EQ(streamed->get_header_value("Transfer-Encoding"), "chunked");
  EXPECT_TRUE(streamed->body == cli.out.substr(0, cli.out.size() - 1)) << "the streamed JSON differs from the CLI's";
  const json body = json::parse(streamed->body, nullptr, false);
  ASSERT_FALSE(body.is_discarded());
  ASSERT_EQ(body["documents"].size(), postings);
  EXPECT_EQ(body["documents"][700]["title"], "Engineer 700");
  EXPECT_EQ(body["errors"], json::array());

  // With the texts, each document is the same plus its "text", on both paths.
  json with_text = json_of(c.Post("/api/extract?name=feed.ndjson&text=1", feed, "application/octet-stream"));
  ASSERT_EQ(with_text["documents"].size(), postings);
  for (std::size_t i : {std::size_t{0}, std::size_t{699}, std::size_t{700}, postings - 1}) {
    json& document = with_text["documents"][i];
    EXPECT_GT(document["text"].get<std::string>().size(), i == 700 ? 100000u : 50u);
    document.erase("text");
    EXPECT_EQ(document, body["documents"][i]) << "document " << i;
  }
}

TEST_F(ServeApi, MatchAgainstAPostingIsTheCliJson) {
  TempDir directory;
  fs::copy_file(kResume, directory.path / kResume.filename());
  fs::copy_file(kPosting, directory.path / kPosting.filename());
  const CliRun cli = run_cli("match --format json --today 2026-06 " + kResume.filename().string() + " --posting " +
                                 kPosting.filename().string(),
                             directory.path);
  ASSERT_EQ(cli.status, 0) << cli.err;
  const json api = json_of(client().Post("/api/match", form({{"resume", kResume}, {"posting", kPosting}}, {{"today", "2026-06"}})));
  EXPECT_EQ(api, json::parse(cli.out));
  EXPECT_GT(api["score"].get<double>(), 0);
  EXPECT_FALSE(api["suggestions"].empty());

  // ?text=1 adds the resume's documents with their text, and every skill's evidence.
  const json with_text = json_of(client().Post("/api/match?text=1", form({{"resume", kResume}, {"posting", kPosting}}, {{"today", "2026-06"}})));
  EXPECT_EQ(with_text["score"], api["score"]);
  ASSERT_EQ(with_text["resume_documents"].size(), 1u);
  EXPECT_TRUE(with_text["resume_documents"][0].contains("text"));
  // The document is extract's, its profile's ongoing jobs running to the request's month.
  const CliRun extract = run_cli("extract --format json --today 2026-06 " + kResume.filename().string(), directory.path);
  ASSERT_EQ(extract.status, 0) << extract.err;
  json shown = with_text["resume_documents"][0];
  shown.erase("text");
  EXPECT_EQ(shown, json::parse(extract.out)["documents"][0]);
  EXPECT_GT(with_text["resume_skills"].size(), 10u);
  EXPECT_TRUE(with_text["resume_skills"][0].contains("strength"));
  EXPECT_TRUE(with_text["resume_skills"][0].contains("months"));
}

TEST_F(ServeApi, MatchAgainstARoleWithJson) {
  TempDir directory;
  fs::copy_file(kResume, directory.path / kResume.filename());
  const CliRun cli = run_cli("match --format json --today 2026-06 --role ml-engineer " + kResume.filename().string(),
                             directory.path);
  ASSERT_EQ(cli.status, 0) << cli.err;
  const json request = {{"resume", {{"name", kResume.filename().string()}, {"text", read_file(kResume)}}},
                        {"role", "ml-engineer"},
                        {"today", "2026-06"}};
  const json api = json_of(client().Post("/api/match", request.dump(), "application/json"));
  EXPECT_EQ(api, json::parse(cli.out));
  EXPECT_FALSE(api["groups"].empty());
}

TEST_F(ServeApi, MatchRefusesIncompleteRequests) {
  auto c = client();
  const std::string resume = json{{"name", "r.txt"}, {"text", "Skills: Python"}}.dump();
  expect_error(c.Post("/api/match", R"({"resume":)" + resume + R"(,"role":"astronaut"})", "application/json"), 422,
               "unknown role 'astronaut'");
  expect_error(c.Post("/api/match", R"({"resume":)" + resume + "}", "application/json"), 400, "role");
  expect_error(c.Post("/api/match", R"({"role":"ml-engineer"})", "application/json"), 400, "resume");
  expect_error(c.Post("/api/match", R"({"resume":)" + resume + R"(,"role":"ml-engineer","posting":"x"})", "application/json"),
               400);
  expect_error(c.Post("/api/match", R"({"resume":)" + resume + R"(,"role":"ml-engineer","today":"June"})", "application/json"),
               400, "today");
  expect_error(c.Post("/api/match", "resume", "text/plain"), 415);
  expect_error(c.Post("/api/match", "{not json", "application/json"), 400, "not valid JSON");
}

// Copies each sample resume into `directory` and adds it to both the upload and the CLI's
// arguments, so the two screens read the same files under the same names.
void add_sample_resumes(const std::vector<std::string>& names, const fs::path& directory,
                        httplib::MultipartFormDataItems& items, std::string& arguments) {
  for (const auto& name : names) {
    fs::copy_file(kSource / "samples/resumes" / name, directory / name);
    items.push_back({"resumes", read_file(directory / name), name, ""});
    arguments += " " + name;
  }
  items.push_back({"today", "2026-06", "", ""});
}

TEST_F(ServeApi, ScreenIsTheCliJson) {
  TempDir directory;
  const std::vector<std::string> resumes = {"ml-engineer-priya.txt", "data-analyst-mei.txt", "senior-mlops-engineer-dmitri.txt"};
  const std::vector<std::string> postings = {"posting-senior-ml-engineer.txt", "posting-data-analyst.txt"};
  httplib::MultipartFormDataItems items;
  std::string arguments = "screen --format json --today 2026-06 --top 2";
  for (const auto& name : postings) {
    fs::copy_file(kSource / "samples/postings" / name, directory.path / name);
    items.push_back({"postings", read_file(directory.path / name), name, ""});
    arguments += " --posting " + name;
  }
  add_sample_resumes(resumes, directory.path, items, arguments);
  items.push_back({"top", "2", "", ""});
  const CliRun cli = run_cli(arguments + " --jobs 1", directory.path);
  ASSERT_EQ(cli.status, 0) << cli.err;
  const json api = json_of(client().Post("/api/screen", items));
  EXPECT_EQ(api, json::parse(cli.out));
  EXPECT_EQ(api["resumes_screened"], 3);
  EXPECT_EQ(api["postings"][0]["shortlist"].size(), 2u);
}

// The server screens with the CLI's screen: a posting feed's bad entry is listed in
// "errors" ("feed.ndjson:N") as the CLI lists it; the server's own screen dropped it.
TEST_F(ServeApi, ScreenListsAFeedsBadEntryAsTheCliDoes) {
  TempDir directory;
  const std::string feed = read_file(kSource / "samples/feeds/postings.ndjson") + "{not json\n";
  std::ofstream(directory.path / "feed.ndjson", std::ios::binary) << feed;
  httplib::MultipartFormDataItems items = {{"postings", feed, "feed.ndjson", ""}};
  std::string arguments = "screen --format json --today 2026-06 --top 3 --posting feed.ndjson";
  add_sample_resumes({"ml-engineer-priya.txt", "data-analyst-mei.txt"}, directory.path, items, arguments);
  items.push_back({"top", "3", "", ""});
  const CliRun cli = run_cli(arguments + " --jobs 1", directory.path);
  ASSERT_EQ(cli.status, 1) << cli.err;
  const json api = json_of(client().Post("/api/screen", items));
  EXPECT_EQ(api, json::parse(cli.out));
  ASSERT_EQ(api["errors"].size(), 1u);
  EXPECT_EQ(api["errors"][0]["source"].get<std::string>().rfind("feed.ndjson:", 0), 0u) << api["errors"];
}

TEST_F(ServeApi, BadFileIs422WithTheCliMessage) {
  TempDir directory;
  const fs::path broken = directory.path / "broken.pdf";
  std::ofstream(broken) << "%PDF-1.7\nthis is not a pdf\n";
  const CliRun cli = run_cli("extract --format json broken.pdf", directory.path);
  EXPECT_EQ(cli.status, 1);
  const std::string cli_line = cli.err.substr(std::string("skillmatch: ").size(), cli.err.find('\n') - 12);
  auto c = client();
  auto result = c.Post("/api/extract", form({{"file", broken}}));
  expect_error(result, 422);
  EXPECT_EQ(json::parse(result->body)["error"], cli_line);
  expect_error(c.Post("/api/extract", json{{"name", "empty.txt"}, {"text", ""}}.dump(), "application/json"), 422,
               "empty.txt: empty file");
  expect_error(c.Post("/api/match", form({{"resume", broken}}, {{"role", "ml-engineer"}})), 422, cli_line);
  // The server keeps serving.
  EXPECT_EQ(json_of(c.Get("/healthz"))["status"], "ok");
}

TEST_F(ServeApi, NotFoundAndMethodNotAllowed) {
  auto c = client();
  expect_error(c.Get("/api/nothing-here"), 404, "no such endpoint");
  expect_error(c.Get("/index.php"), 404);
  auto wrong = c.Get("/api/extract");
  expect_error(wrong, 405);
  EXPECT_EQ(wrong->get_header_value("Allow"), "POST");
  auto wrong_get = c.Delete("/api/roles");
  expect_error(wrong_get, 405);
  EXPECT_EQ(wrong_get->get_header_value("Allow"), "GET, HEAD");
  expect_error(c.Put("/healthz", "x", "text/plain"), 405);
  expect_error(c.Post("/api/extract", "", "text/plain"), 400, "no file");
  expect_error(c.Post("/api/extract", "[1,2]", "application/json"), 400);
}

TEST_F(ServeApi, ForeignHostHeaderIsRefused) {
  // A web page elsewhere that rebinds its DNS name to 127.0.0.1 must not reach the API.
  auto c = client();
  expect_error(c.Get("/api/roles", {{"Host", "attacker.example"}}), 403, "Host");
  EXPECT_EQ(c.Get("/api/roles", {{"Host", "localhost:1234"}})->status, 200);
}

TEST_F(ServeApi, ManyConcurrentUploadsAllSucceed) {
  std::vector<std::future<int>> results;
  for (int i = 0; i < 24; ++i) {
    results.push_back(std::async(std::launch::async, [] {
      auto result = server_->client().Post("/api/extract", form({{"file", kResume}}));
      return result ? result->status : -1;
    }));
  }
  for (auto& result : results) EXPECT_EQ(result.get(), 200);
}

TEST_F(ServeApi, MetricsCountRequestsLatencyDocumentsAndErrors) {
  auto c = client();
  ASSERT_EQ(c.Post("/api/extract", form({{"file", kResume}}))->status, 200);
  ASSERT_EQ(c.Get("/api/no-such")->status, 404);
  // httplib logs a request (where the metrics are counted) after its response is sent, on
  // the thread that served it, so either request may be counted a moment after the client
  // has its answer (the extract one too: it failed once under load).
  const auto both_counted = [](const std::string& body) {
    return body.find(R"(kind="not_found")") != std::string::npos &&
           body.find(R"(skillmatch_http_request_duration_seconds_count{route="/api/extract"})") != std::string::npos;
  };
  auto result = c.Get("/metrics");
  for (int attempt = 0; attempt < 50 && result && !both_counted(result->body); ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    result = c.Get("/metrics");
  }
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type").rfind("text/plain; version=0.0.4", 0), 0u);
  const std::string& text = result->body;
  EXPECT_NE(text.find("# TYPE skillmatch_http_requests_total counter"), std::string::npos);
  EXPECT_NE(text.find(R"(skillmatch_http_requests_total{route="/api/extract",method="POST",status="200"})"), std::string::npos);
  EXPECT_NE(text.find("# TYPE skillmatch_http_request_duration_seconds histogram"), std::string::npos);
  EXPECT_NE(text.find(R"(skillmatch_http_request_duration_seconds_bucket{route="/api/extract",le="+Inf"})"), std::string::npos);
  EXPECT_NE(text.find(R"(skillmatch_http_request_duration_seconds_count{route="/api/extract"})"), std::string::npos);
  EXPECT_NE(text.find(R"(skillmatch_errors_total{kind="not_found"})"), std::string::npos);
  EXPECT_NE(text.find("skillmatch_requests_in_flight "), std::string::npos);
  std::smatch documents;
  ASSERT_TRUE(std::regex_search(text, documents, std::regex(R"(\nskillmatch_documents_parsed_total (\d+)\n)")));
  EXPECT_GE(std::stoi(documents[1]), 1);
  // Every sample line is "name{labels} value" or "name value".
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    EXPECT_TRUE(std::regex_match(line, std::regex(R"([a-z_]+(\{[^}]*\})? [0-9.e+-]+)"))) << line;
  }
}

TEST(ServeToken, EveryApiRequestNeedsTheBearerToken) {
  ServerProcess server({"--token", "s3cret-token"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  auto missing = c.Get("/api/roles");
  expect_error(missing, 401, "bearer token");
  EXPECT_EQ(missing->get_header_value("WWW-Authenticate"), "Bearer");
  expect_error(c.Get("/api/roles", {{"Authorization", "Bearer wrong"}}), 401);
  expect_error(c.Get("/api/roles", {{"Authorization", "Bearer s3cret-tokenX"}}), 401);
  expect_error(c.Post("/api/extract", form({{"file", kResume}})), 401);
  expect_error(c.Get("/api/nothing"), 401);  // no route discovery without the token
  EXPECT_EQ(c.Get("/api/roles", {{"Authorization", "Bearer s3cret-token"}})->status, 200);
  c.set_bearer_token_auth("s3cret-token");
  EXPECT_EQ(c.Post("/api/extract", form({{"file", kResume}}))->status, 200);
  // The page, health and the API description stay open.
  httplib::Client open = server.client();
  EXPECT_EQ(open.Get("/healthz")->status, 200);
  EXPECT_EQ(open.Get("/")->status, 200);
  EXPECT_EQ(open.Get("/openapi.json")->status, 200);
}

TEST(ServeToken, OtherAddressesNeedAToken) {
  const CliRun refused = run_cli("serve --host 0.0.0.0 --port 0");
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("without --token"), std::string::npos) << refused.err;
  ServerProcess server({"--host", "0.0.0.0", "--token", "t0ken"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  c.set_bearer_token_auth("t0ken");
  EXPECT_EQ(c.Get("/api/roles")->status, 200);
  EXPECT_EQ(c.Get("/api/roles", {{"Host", "any.name.example"}})->status, 200);  // no Host check off loopback
}

TEST(ServeLimits, RequestAndFileSizeAre413) {
  ServerProcess server({"--max-request-size", "4096", "--max-file-size", "1000"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  expect_error(c.Post("/api/extract", std::string(10000, 'a'), "text/plain"), 413, "--max-request-size");
  expect_error(c.Post("/api/extract", form({{"file", kResume}})), 413, "ml-engineer-priya.txt: file too large");
  expect_error(c.Post("/api/extract", json{{"name", "big.txt"}, {"text", std::string(2000, 'b')}}.dump(), "application/json"),
               413, "--max-file-size");
  EXPECT_EQ(c.Post("/api/extract", json{{"name", "small.txt"}, {"text", "Skills: Python, SQL"}}.dump(), "application/json")->status,
            200);
}

// In-process (--no-isolation) a parse cannot be stopped: it keeps its slot until done.
TEST(ServeLimits, SlowParseIs408AndHoldsItsSlotUntilDone) {
  ServerProcess server({"--plugin-dir", SKILLMATCH_SERVE_FIXTURE_PLUGIN_DIR, "--parse-timeout", "0.3",
                        "--max-in-flight", "1", "--no-isolation"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  const auto started = std::chrono::steady_clock::now();
  // Generous margins: under a parallel CTest run (or ASan) nothing here may flake.
  auto slow = c.Post("/api/extract", json{{"name", "a.slow"}, {"text", "SLOW 4000"}}.dump(), "application/json");
  const auto waited = std::chrono::steady_clock::now() - started;
  expect_error(slow, 408, "--parse-timeout");
  EXPECT_LT(waited, std::chrono::milliseconds(3000));
  // The abandoned parse still runs and still holds the only slot: the next API request
  // is turned away at once, the page and health are not.
  auto busy = c.Get("/api/roles");
  expect_error(busy, 503, "--max-in-flight");
  EXPECT_EQ(busy->get_header_value("Retry-After"), "1");
  EXPECT_EQ(c.Get("/healthz")->status, 200);
  // Once that parse ends, its slot is free again.
  int status = 0;
  for (int i = 0; i < 100 && status != 200; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    status = c.Get("/api/roles")->status;
  }
  EXPECT_EQ(status, 200);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(3500));
  EXPECT_EQ(c.Post("/api/extract", json{{"name", "b.slow"}, {"text", "SLOW 10"}}.dump(), "application/json")->status, 200);
  const std::string metrics = c.Get("/metrics")->body;
  EXPECT_NE(metrics.find(R"(skillmatch_errors_total{kind="timeout"} 1)"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find(R"(skillmatch_errors_total{kind="overloaded"} )"), std::string::npos);
}

// A 408 used to leave its parse running: two slow uploads held both parse threads, and
// every later request timed out too. Now the parse's worker is killed at the deadline.
TEST(ServeLimits, SlowParsesAreStoppedAndDoNotBlockLaterRequests) {
  ServerProcess server({"--plugin-dir", SKILLMATCH_SERVE_FIXTURE_PLUGIN_DIR, "--parse-timeout", "0.5", "--jobs", "2"});
  ASSERT_TRUE(server.started()) << server.errors();
  const auto started = std::chrono::steady_clock::now();
  const auto slow_upload = [&server] {
    auto c = server.client();
    return c.Post("/api/extract", json{{"name", "a.slow"}, {"text", "SLOW 30000"}}.dump(), "application/json");
  };
  auto first = std::async(std::launch::async, slow_upload);
  auto second = std::async(std::launch::async, slow_upload);
  expect_error(first.get(), 408, "--parse-timeout");
  expect_error(second.get(), 408, "--parse-timeout");
  auto c = server.client();
  auto later = c.Post("/api/extract", json{{"name", "b.slow"}, {"text", "SLOW 10"}}.dump(), "application/json");
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 200) << later->body;
  // Generous: the slow parses asked for 30 s each.
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

TEST(ServeLifecycle, SigtermAndSigintStopCleanly) {
  for (const int signal_number : {SIGTERM, SIGINT}) {
    ServerProcess server({});
    ASSERT_TRUE(server.started()) << server.errors();
    // A keep-alive connection open at the time must not hold the exit up for long.
    auto c = server.client();
    c.set_keep_alive(true);
    ASSERT_EQ(c.Get("/healthz")->status, 200);
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(server.stop(signal_number), 0) << server.errors();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    EXPECT_NE(server.errors().find("skillmatch: stopped"), std::string::npos) << server.errors();
  }
}

TEST(ServeLifecycle, PortInUseIsReported) {
  ServerProcess first({});
  ASSERT_TRUE(first.started());
  const CliRun second = run_cli("serve --port " + std::to_string(first.port()));
  EXPECT_EQ(second.status, 1);
  EXPECT_NE(second.err.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())), std::string::npos)
      << second.err;
}

// Clients httplib's would never be, on loopback: idle, slow, or gone after the headers.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() { ::close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }
  bool send(std::string_view bytes) const {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // What arrives until the server closes the connection or `timeout` passes.
  std::string receive_until_closed(std::chrono::milliseconds timeout) const {
    std::string received;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      pollfd entry{fd_, POLLIN, 0};
      if (left.count() <= 0 || ::poll(&entry, 1, static_cast<int>(left.count())) <= 0) return received;
      char buffer[4096];
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return received + (n == 0 ? "<closed>" : "<reset>");
      received.append(buffer, static_cast<std::size_t>(n));
    }
  }

 private:
  int fd_;
  bool connected_ = false;
};

// How long a fresh client waited for /healthz (a failed request counts as 5 s).
std::chrono::milliseconds healthz_wait(const ServerProcess& server) {
  auto c = server.client();
  c.set_connection_timeout(5);
  c.set_read_timeout(5);
  const auto started = std::chrono::steady_clock::now();
  const auto result = c.Get("/healthz");
  if (!result || result->status != 200) return std::chrono::seconds(5);
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
}

// Asks /healthz every 200 ms for `span` while `meanwhile` runs between the asks; returns
// the longest wait.
std::chrono::milliseconds longest_healthz_wait(const ServerProcess& server, std::chrono::milliseconds span,
                                               const std::function<void()>& meanwhile = [] {}) {
  std::chrono::milliseconds longest{0};
  for (const auto end = std::chrono::steady_clock::now() + span; std::chrono::steady_clock::now() < end;) {
    meanwhile();
    longest = std::max(longest, healthz_wait(server));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return longest;
}

TEST(ServeConnections, HealthzAnswersBesideAThousandIdleConnections) {
  ServerProcess server({});
  ASSERT_TRUE(server.started()) << server.errors();
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 1000; ++i) idle.push_back(std::make_unique<RawConnection>(server.port()));
  EXPECT_TRUE(std::all_of(idle.begin(), idle.end(), [](const auto& c) { return c->connected(); }));
  EXPECT_LT(longest_healthz_wait(server, std::chrono::seconds(3)), std::chrono::seconds(1));
}

TEST(ServeConnections, HealthzAnswersBesideAHundredSlowClientsThatAreThenClosed) {
  ServerProcess server({});
  ASSERT_TRUE(server.started()) << server.errors();
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 100; ++i) {
    slow.push_back(std::make_unique<RawConnection>(server.port()));
    slow.back()->send("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
  }
  // A byte every 2 s from each, for longer than the server lets a request's headers take.
  auto next_byte = std::chrono::steady_clock::now();
  const auto drip = [&] {
    if (std::chrono::steady_clock::now() < next_byte) return;
    for (const auto& c : slow) c->send("x");
    next_byte += std::chrono::seconds(2);
  };
  EXPECT_LT(longest_healthz_wait(server, std::chrono::seconds(7), drip), std::chrono::seconds(1));
  for (const auto& c : slow) {
    EXPECT_EQ(c->receive_until_closed(std::chrono::seconds(1)), "<closed>");
  }
}

// What the server answers to headers announcing a body that never comes: a refusal
// cannot wait for it.
std::string answer_before_body(int port, const std::string& headers) {
  RawConnection c(port);
  if (!c.send(headers + "\r\n")) return "<not sent>";
  return c.receive_until_closed(std::chrono::seconds(3));
}

TEST(ServeToken, RefusedOnTheHeadersBeforeAnyBodyIsRead) {
  ServerProcess server({"--token", "s3cret-token"});
  ASSERT_TRUE(server.started()) << server.errors();
  const std::string response = answer_before_body(
      server.port(), "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 16000000\r\n");
  EXPECT_EQ(response.rfind("HTTP/1.1 401 ", 0), 0u) << response;
  EXPECT_NE(response.find("bearer token"), std::string::npos) << response;
  // The body was never read: the connection cannot carry another request.
  EXPECT_NE(response.find("\r\nConnection: close\r\n"), std::string::npos) << response;
  EXPECT_NE(response.rfind("<closed>"), std::string::npos) << response;
  // A client that asks before sending its body (curl does above 1 MB) is not told to go on.
  const std::string expecting = answer_before_body(
      server.port(), "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n");
  EXPECT_EQ(expecting.rfind("HTTP/1.1 401 ", 0), 0u) << expecting;
}

TEST(ServeLimits, DeclaredOversizeBodyIs413AndAGetBody400BeforeEitherIsRead) {
  ServerProcess server({"--max-request-size", "4096"});
  ASSERT_TRUE(server.started()) << server.errors();
  const std::string oversize = answer_before_body(
      server.port(), "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n");
  EXPECT_EQ(oversize.rfind("HTTP/1.1 413 ", 0), 0u) << oversize;
  EXPECT_NE(oversize.find("--max-request-size"), std::string::npos) << oversize;
  // GET and HEAD are served by their own threads, which a body must not hold.
  const std::string get_body =
      answer_before_body(server.port(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n");
  EXPECT_EQ(get_body.rfind("HTTP/1.1 400 ", 0), 0u) << get_body;
  EXPECT_NE(get_body.find("GET requests carry no body"), std::string::npos) << get_body;
}

TEST(ServeCrossSite, WritesFromOtherSitesAre403UnlessAllowed) {
  ServerProcess server({"--allow-origin", "http://App.example:3000"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  const std::string text = json{{"name", "a.txt"}, {"text", "Skills: Python, SQL"}}.dump();
  const auto post = [&](const httplib::Headers& headers) {
    return c.Post("/api/extract", headers, text, "application/json");
  };
  expect_error(post({{"Origin", "http://evil.example"}}), 403, "--allow-origin");
  expect_error(post({{"Origin", "null"}}), 403, "cross-site");
  expect_error(post({{"Sec-Fetch-Site", "cross-site"}}), 403, "cross-site");
  expect_error(post({{"Origin", "http://localhost:" + std::to_string(server.port())}}), 403);  // another origin
  EXPECT_EQ(post({{"Origin", "http://127.0.0.1:" + std::to_string(server.port())}, {"Sec-Fetch-Site", "same-origin"}})->status,
            200);
  EXPECT_EQ(post({{"Origin", "http://app.example:3000"}, {"Sec-Fetch-Site", "cross-site"}})->status, 200);
  EXPECT_EQ(post({})->status, 200);  // curl and scripts send neither header
  // Reads stay open: the browser keeps their answers from another site's page.
  EXPECT_EQ(c.Get("/api/roles", {{"Origin", "http://evil.example"}})->status, 200);
  const CliRun refused = run_cli("serve --port 0 --allow-origin http://app.example/path");
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("--allow-origin 'http://app.example/path' is not an origin"), std::string::npos)
      << refused.err;
}

// A sanitizer's allocator replaces glibc's: mallopt and malloc_trim do not reach it, and it
// holds freed memory in its own quarantine, so the two bounds below hold in the Release build.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kGlibcAllocator = false;
#else
constexpr bool kGlibcAllocator = true;
#endif

long resident_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

TEST(ServeLimits, LargeRequestsGiveTheirMemoryBack) {
  if (!kGlibcAllocator) GTEST_SKIP() << "a sanitizer's allocator does not return memory as glibc's does";
  ServerProcess server({});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  ASSERT_EQ(c.Get("/healthz")->status, 200);
  const long before = resident_kib(server.pid());
  // Read in full, then refused (not JSON): what stays is what the request left behind.
  const std::string body(16'000'000, 'x');
  for (int i = 0; i < 20; ++i) expect_error(c.Post("/api/extract", body, "application/json"), 400);
  const long after = resident_kib(server.pid());
  EXPECT_LT(after - before, 48 * 1024) << "RSS " << before << " KiB before, " << after << " KiB after";
}

TEST(ServeLimits, ParsedUploadsGiveTheirMemoryBack) {
  if (!kGlibcAllocator) GTEST_SKIP() << "a sanitizer's allocator does not return memory as glibc's does";
  ServerProcess server({"--jobs", "1"});
  ASSERT_TRUE(server.started()) << server.errors();
  auto c = server.client();
  ASSERT_EQ(c.Get("/healthz")->status, 200);
  const long before = resident_kib(server.pid());
  TempDir scratch;
  const fs::path big = scratch.path / "long-resume.txt";
  const std::string resume = read_file(kResume);
  {
    std::ofstream out(big, std::ios::binary);
    for (std::size_t written = 0; written < 3'000'000; written += resume.size()) out << resume;
  }
  for (int i = 0; i < 3; ++i) ASSERT_EQ(c.Post("/api/extract", form({{"file", big}}))->status, 200);
  // The server trims after sending the response, which the client may have before that.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const long after = resident_kib(server.pid());
  EXPECT_LT(after - before, 64 * 1024) << "RSS " << before << " KiB before, " << after << " KiB after";
}

}  // namespace
