// The error type the office parsers throw for a problem with the input itself (corrupt,
// over a limit, unsupported variant). parse() turns it into a one-line ParseStatus::failure;
// anything else escaping is a bug and reaches the plugin's exception barrier instead.
#pragma once

#include <skillmatch/parser_plugin.hpp>
#include <stdexcept>
#include <utility>

namespace skillmatch::parsers::office {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs `parse` (returning a Document) and hands the document to `sink`; an InputError or a
// document without text becomes the one-line failure every office parser reports.
template <class Parse>
plugin::ParseStatus deliver(plugin::DocumentSink& sink, Parse&& parse) {
  try {
    Document document = std::forward<Parse>(parse)();
    if (document.text.empty()) return plugin::ParseStatus::failure("document has no text");
    sink.accept(std::move(document));
    return plugin::ParseStatus::success();
  } catch (const InputError& error) {
    return plugin::ParseStatus::failure(error.what());
  }
}

}  // namespace skillmatch::parsers::office
