#include <skillmatch/text_cut.hpp>

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace skillmatch {
namespace {

// A grapheme cluster spans a few code points; this much text past a cut is enough to
// find the boundaries before it, however long the text is.
constexpr std::size_t kLookahead = 256;

// One per thread: BreakIterator keeps state, and creating one reads ICU's rule data.
icu::BreakIterator* character_breaks() {
  thread_local std::unique_ptr<icu::BreakIterator> breaks = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(created) : nullptr;
  }();
  return breaks.get();
}

// The code point boundary at or before `at` (ICU unavailable, or text that is not UTF-8).
std::size_t code_point_prefix(std::string_view text, std::size_t at) {
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// Calls on_cluster(first code point, bytes) for each grapheme cluster of `text`.
template <class OnCluster>
void for_each_cluster(std::string_view text, OnCluster&& on_cluster) {
  icu::BreakIterator* breaks = character_breaks();
  UErrorCode status = U_ZERO_ERROR;
  UText* wrapped = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (breaks != nullptr && U_SUCCESS(status)) breaks->setText(wrapped, status);
  const bool clusters = breaks != nullptr && U_SUCCESS(status);
  for (std::size_t start = 0; start < text.size();) {
    int32_t at = static_cast<int32_t>(start);
    UChar32 first = 0;
    U8_NEXT(text.data(), at, static_cast<int32_t>(text.size()), first);
    std::size_t end = clusters ? static_cast<std::size_t>(breaks->following(static_cast<int32_t>(start)))
                               : static_cast<std::size_t>(at);
    if (end <= start || end > text.size()) end = static_cast<std::size_t>(at);
    on_cluster(first, text.substr(start, end - start));
    start = end;
  }
  if (clusters) breaks->setText(icu::UnicodeString());
  utext_close(wrapped);
}

std::size_t cluster_width(UChar32 first) {
  if (first < 0x20 || (first >= 0x7F && first < 0xA0)) return 0;
  const auto width = u_getIntPropertyValue(first, UCHAR_EAST_ASIAN_WIDTH);
  const bool wide = width == U_EA_WIDE || width == U_EA_FULLWIDTH || u_hasBinaryProperty(first, UCHAR_EMOJI_PRESENTATION);
  return wide ? 2 : 1;
}

bool is_bullet(UChar32 c) {
  if (u_isUWhiteSpace(c)) return true;
  const auto category = u_charType(c);
  return category == U_DASH_PUNCTUATION || category == U_OTHER_SYMBOL || c == '*' || c == '+' || c == '>' ||
         c == 0x00B7 || c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x2219 || c == 0x2192 || c == 0x21D2;
}

}  // namespace

std::size_t grapheme_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text.size();
  // ASCII on both sides of the cut (but a CR LF pair) is already a cluster boundary.
  const auto next = static_cast<unsigned char>(text[max_bytes]);
  if (max_bytes > 0 && next < 0x80 && static_cast<unsigned char>(text[max_bytes - 1]) < 0x80 &&
      !(next == '\n' && text[max_bytes - 1] == '\r')) {
    return max_bytes;
  }
  const std::string_view window = text.substr(0, std::min(text.size(), max_bytes + kLookahead));
  icu::BreakIterator* breaks = character_breaks();
  UErrorCode status = U_ZERO_ERROR;
  UText* wrapped = utext_openUTF8(nullptr, window.data(), static_cast<int64_t>(window.size()), &status);
  std::size_t cut = code_point_prefix(text, max_bytes);
  if (breaks != nullptr && U_SUCCESS(status)) {
    breaks->setText(wrapped, status);
    const int32_t boundary = U_SUCCESS(status) ? breaks->preceding(static_cast<int32_t>(max_bytes) + 1) : -1;
    if (boundary >= 0) cut = static_cast<std::size_t>(boundary);
    breaks->setText(icu::UnicodeString());
  }
  utext_close(wrapped);
  return cut;
}

std::string shorten(std::string_view text, std::size_t max_bytes, std::string_view mark) {
  const std::size_t kept = grapheme_prefix(text, max_bytes);
  std::string out(text.substr(0, kept));
  if (kept < text.size()) out += mark;
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_cluster(text, [&](UChar32 first, std::string_view) { width += cluster_width(first); });
  return width;
}

std::string fit_columns(std::string_view text, std::size_t columns) {
  const std::size_t width = display_width(text);
  if (width < columns) return std::string(text) + std::string(columns - width, ' ');
  // Cut: the clusters that fit in columns - 2, then "… " (and a space for a wide one split off).
  std::string out;
  std::size_t used = 0;
  const std::size_t room = columns >= 2 ? columns - 2 : 0;
  bool full = false;
  for_each_cluster(text, [&](UChar32 first, std::string_view cluster) {
    const std::size_t w = cluster_width(first);
    if (full || used + w > room) {
      full = true;
      return;
    }
    out += cluster;
    used += w;
  });
  return out + std::string(room - used, ' ') + "\xE2\x80\xA6 ";
}

std::string_view strip_bullet(std::string_view line) {
  int32_t at = 0;
  const auto length = static_cast<int32_t>(line.size());
  while (at < length) {
    int32_t next = at;
    UChar32 c = 0;
    U8_NEXT(line.data(), next, length, c);
    if (c < 0 || !is_bullet(c)) break;
    at = next;
  }
  return line.substr(static_cast<std::size_t>(at));
}

}  // namespace skillmatch
