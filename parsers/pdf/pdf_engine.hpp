// The boundary between the PDF plugin and its poppler engine (one library, loaded by the
// plugin from pdf-engine/ beside itself): a stamped module whose one C symbol returns the
// parse function.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::pdf {

using EngineParse = plugin::ParseStatus(const plugin::ParseRequest&, plugin::DocumentSink&);
// The engine's exported entry: returns its parse function.
using EngineEntry = EngineParse*();

inline constexpr const char* kEngineDirectory = "pdf-engine";
inline constexpr const char* kEngineFile = "skillmatch-pdf-engine.so";
inline constexpr const char* kEngineSymbol = "skillmatch_pdf_engine";

}  // namespace skillmatch::parsers::pdf
