// The batch loop: many inputs read on several threads, each file's work done on a worker,
// its output emitted in input order, with per-input errors as values. The only one:
// extract, text and any other front end's batch go through it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/engine.hpp>
#include <skillmatch/input_files.hpp>
#include <skillmatch/parallel.hpp>
#include <skillmatch/parse_pool.hpp>

namespace skillmatch {

// Blocks until every earlier input has been emitted; after it, work may write its file's
// output itself (see ordered_parallel_turns), which is how a big file or document is
// written piecewise instead of held whole.
using WaitForTurn = std::function<void()>;
// The most output one input's work renders ahead of its turn; past it, work waits for its
// turn and writes the rest itself. An input then holds at most this plus one small
// document's output, so with the batch's window of 256 results what waits unwritten is
// bounded (about 80 MB in the worst order), however big the inputs.
constexpr std::size_t kMaxHeldBytes = 256 << 10;

// What a batch tells its front end, always on the calling thread and in input order.
struct BatchEvents {
  std::function<void(const std::string&)> warning;  // "name: warning"
  std::function<void(const Error&)> error;          // an input, feed entry or document that failed
  std::function<void(std::size_t)> started;          // the number of files, once listed (optional)
  std::function<void()> advanced;                   // one more input done (optional; a progress bar)
};

// How a batch reads its inputs: through `parse_pool`, standard input ("-") named `stdin_name`.
struct BatchReader {
  const ParsePool& parse_pool;
  const plugin::Limits& limits;
  const std::string& stdin_name;
  const std::set<std::string>& extensions;  // what a directory walk takes
};

// How `engine` reads: its parse pool, limits, stdin name and plugins' extensions.
BatchReader batch_reader(const Engine& engine);
// Reads one input into documents through the parse pool: a file, or standard input (read
// here, parsed as bytes) when `path` is "-". `next`: the files read after it, in order, if
// known (ParsePool::read_input).
Result<ReadInput> read_path(const std::string& path, const BatchReader& reader, std::span<const std::string> next = {});
// The files after files[i] up to standard input (which a worker does not read by path).
std::span<const std::string> files_after(const std::vector<std::string>& files, std::size_t i);
// Every file extension some loaded plugin claims: what a directory walk picks up.
std::set<std::string> known_extensions(const PluginHost& host);

// Reads every input (directories walked) with `jobs` threads, runs `work` on each file's
// documents, and calls `emit` in input order. Returns the number of inputs that failed
// (an input whose feed entries failed counts once); each failure goes to events.error.
template <class Processed>
std::size_t run_batch(const std::vector<std::string>& paths, const BatchReader& reader, unsigned jobs,
                      const std::function<Processed(ReadInput&&, const WaitForTurn&)>& work,
                      const std::function<void(Processed&&)>& emit, const BatchEvents& events) {
  const InputList inputs = collect_inputs(paths, reader.extensions);
  std::size_t failed = 0;
  for (const auto& error : inputs.errors) {
    events.error(error);
    ++failed;
  }
  if (events.started) events.started(inputs.files.size());
  // One thread reads the files in order, so the pool is told which come next.
  const bool in_order = worker_count(inputs.files.size(), jobs) == 1;
  // Workers only read and process; warnings travel with the result, so the emitting
  // thread reports them in input order and is the only one that writes data.
  struct Outcome {
    std::optional<Processed> processed;
    std::optional<Error> error;
    std::vector<std::string> warnings;
    std::vector<Error> entry_errors;
  };
  ordered_parallel_turns(
      inputs.files.size(), jobs,
      [&](unsigned, std::size_t i, const auto& wait_for_turn) -> Outcome {
        auto read =
            read_path(inputs.files[i], reader, in_order ? files_after(inputs.files, i) : std::span<const std::string>{});
        if (!read) return {std::nullopt, read.error(), {}, {}};
        std::vector<std::string> warnings = std::move(read.value().warnings);
        std::vector<Error> entry_errors = std::move(read.value().errors);
        return {work(std::move(read).value(), wait_for_turn), std::nullopt, std::move(warnings), std::move(entry_errors)};
      },
      [&](std::size_t i, Outcome&& outcome) {
        if (events.advanced) events.advanced();
        const std::string& name = inputs.files[i] == kStandardInputPath ? reader.stdin_name : inputs.files[i];
        for (const auto& warning : outcome.warnings) events.warning(name + ": " + warning);
        // A feed's bad entries ("feed.ndjson:3: ...") fail the run; its good ones still print.
        for (const auto& error : outcome.entry_errors) events.error(error);
        failed += outcome.entry_errors.empty() ? 0 : 1;
        if (outcome.error) {
          events.error(*outcome.error);
          ++failed;
        } else {
          emit(std::move(*outcome.processed));
        }
      });
  return failed;
}

// The document loop every extraction goes through: `documents` extracted in order under
// the engine's error rule, a document that cannot be extracted added to `failed` (and
// freed), each other one handed to `use`, which returns false to stop after it. Returns
// how many documents were taken, extracted or failed: a caller that stopped resumes there.
std::size_t extract_documents(const Engine& engine, std::span<Document> documents, std::vector<Error>& failed,
                              const std::function<bool(ExtractedDocument&&)>& use);

// A file's documents extracted one at a time under the engine's error rule: a document
// that cannot be extracted is left out and listed in `failed`; `each` gets the others.
template <class FileOutput>
struct ExtractedFile {
  FileOutput output;
  std::vector<Error> failed;
};

// run_batch that extracts: `each` gets every extracted document of a file with that
// file's output (on a worker thread), `emit` each file's output in input order, and a
// document that could not be extracted goes to events.error after its file is emitted.
template <class FileOutput>
std::size_t extract_batch(const Engine& engine, const std::vector<std::string>& paths, unsigned jobs,
                          const std::function<void(ExtractedDocument&&, FileOutput&, const WaitForTurn&)>& each,
                          const std::function<void(FileOutput&&)>& emit, const BatchEvents& events) {
  std::size_t failed_documents = 0;
  const std::size_t failed = run_batch<ExtractedFile<FileOutput>>(
      paths, batch_reader(engine), jobs,
      [&](ReadInput&& read, const WaitForTurn& wait_for_turn) {
        ExtractedFile<FileOutput> file;
        extract_documents(engine, read.documents, file.failed, [&](ExtractedDocument&& item) {
          each(std::move(item), file.output, wait_for_turn);
          return true;
        });
        return file;
      },
      [&](ExtractedFile<FileOutput>&& file) {
        emit(std::move(file.output));
        for (const auto& error : file.failed) {
          events.error(error);
          ++failed_documents;
        }
      },
      events);
  return failed + failed_documents;
}

}  // namespace skillmatch
