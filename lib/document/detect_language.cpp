// Language from the script of the letters: enough to tell the Arabic and
// English articles apart, which is all the lexicons need.
#include "claimgraph/document.hpp"
#include "document/utf8_check.hpp"

namespace claimgraph {
namespace {

bool is_arabic_letter(char32_t cp) {
  if (cp >= 0x0621 && cp <= 0x064A) return cp != 0x0640;  // base letters, not tatweel
  if (cp >= 0x0671 && cp <= 0x06D3) return true;           // extended letters
  if (cp == 0x06D5 || (cp >= 0x06EE && cp <= 0x06EF) || (cp >= 0x06FA && cp <= 0x06FC)) return true;
  if (cp >= 0x0750 && cp <= 0x077F) return true;           // Arabic Supplement
  if (cp >= 0x08A0 && cp <= 0x08C9) return true;           // Arabic Extended-A
  if (cp >= 0xFB50 && cp <= 0xFDFF) return true;           // presentation forms A
  return cp >= 0xFE70 && cp <= 0xFEFC;                     // presentation forms B
}

bool is_latin_letter(char32_t cp) {
  if ((cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z')) return true;
  if (cp >= 0x00C0 && cp <= 0x024F) return cp != 0x00D7 && cp != 0x00F7;  // not × ÷
  return cp >= 0x1E00 && cp <= 0x1EFF;                                     // Latin Extended Additional
}

}  // namespace

std::string detect_language(std::string_view utf8) {
  uint64_t arabic = 0;
  uint64_t latin = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t cp = detail::next_code_point(utf8, i);
    if (is_arabic_letter(cp)) {
      ++arabic;
    } else if (is_latin_letter(cp)) {
      ++latin;
    }
  }
  if (arabic > latin) return "ar";
  if (latin > 0) return "en";
  return "und";
}

}  // namespace claimgraph
