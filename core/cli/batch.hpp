// Reads a batch of inputs on several threads, in order, with per-file errors.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/input_files.hpp>
#include <skillmatch/parallel.hpp>
#include <skillmatch/parse_pool.hpp>

#include "cli_common.hpp"

namespace skillmatch::cli {

// Every file extension some loaded plugin claims: what a directory walk picks up.
std::set<std::string> known_extensions(const PluginHost& host);

// Reads one input into documents through the parse pool: a file, or standard input
// (read here, parsed as bytes) when `path` is "-". `next`: the files read after it, in
// order, if known (ParsePool::read_input).
Result<ReadInput> read_path(const std::string& path, const ParsePool& parse_pool, const SetupOptions& setup,
                            std::span<const std::string> next = {});
// The files after files[i] up to standard input (which is not read by a worker's path).
std::span<const std::string> files_after(const std::vector<std::string>& files, std::size_t i);
// How an input is named in output: its path, or --stdin-name for "-".
const std::string& input_name(const std::string& path, const SetupOptions& setup);

// Blocks until every earlier input has been emitted; after it, work may write its file's
// output itself (see ordered_parallel_turns), which is how a big file or document is
// written piecewise instead of held whole.
using WaitForTurn = std::function<void()>;
// The most output one input's work renders ahead of its turn; past it, work waits for its
// turn and writes the rest itself. An input then holds at most this plus one small
// document's output, so with run_batch's window of 256 results what waits unwritten is
// bounded (about 80 MB in the worst order), however big the inputs.
constexpr std::size_t kMaxHeldBytes = 256 << 10;

// Reads every input (directories walked) with `jobs` threads, runs `work` on each file's
// documents, and calls `emit` in input order. Returns the number of inputs that failed;
// each failure is reported on stderr and passed to `emit_error`.
template <class Processed>
std::size_t run_batch(const std::vector<std::string>& paths, const PluginHost& host, const SetupOptions& setup,
                      const ParsePool& parse_pool, unsigned jobs,
                      const std::function<Processed(ReadInput&&, const WaitForTurn&)>& work,
                      const std::function<void(Processed&&)>& emit, const std::function<void(const Error&)>& emit_error) {
  const InputList inputs = collect_inputs(paths, known_extensions(host));
  std::size_t failed = 0;
  for (const auto& error : inputs.errors) {
    report_problem(error.to_string());
    emit_error(error);
    ++failed;
  }
  Progress progress(inputs.files.size(), "files");
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
        auto read = read_path(inputs.files[i], parse_pool, setup,
                              in_order ? files_after(inputs.files, i) : std::span<const std::string>{});
        if (!read) return {std::nullopt, read.error(), {}, {}};
        std::vector<std::string> warnings = std::move(read.value().warnings);
        std::vector<Error> entry_errors = std::move(read.value().errors);
        return {work(std::move(read).value(), wait_for_turn), std::nullopt, std::move(warnings), std::move(entry_errors)};
      },
      [&](std::size_t i, Outcome&& outcome) {
        progress.advance();
        for (const auto& warning : outcome.warnings) report_warning(input_name(inputs.files[i], setup) + ": " + warning);
        // A feed's bad entries ("feed.ndjson:3: ...") fail the run; its good ones still print.
        for (const auto& error : outcome.entry_errors) {
          report_problem(error.to_string());
          emit_error(error);
        }
        failed += outcome.entry_errors.empty() ? 0 : 1;
        if (outcome.error) {
          report_problem(outcome.error->to_string());
          emit_error(*outcome.error);
          ++failed;
        } else {
          emit(std::move(*outcome.processed));
        }
      });
  return failed;
}

}  // namespace skillmatch::cli
