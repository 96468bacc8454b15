// JSON Lines articles: one JSON object a line, read one line at a time.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sys/stat.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimgraph/document.hpp"
#include "document/language_tag.hpp"
#include "document/read_input.hpp"
#include "document/utf8_check.hpp"

namespace claimgraph {
namespace {

using Json = nlohmann::json;

// nlohmann's messages start with "[json.exception.parse_error.101] parse
// error at line 1, column 7: "; the column is worth keeping, the rest is noise.
std::string parse_message(const Json::parse_error& e) {
  std::string what = e.what();
  if (const auto bracket = what.find("] "); what.starts_with("[json.exception") && bracket != std::string::npos)
    what.erase(0, bracket + 2);
  if (const auto at = what.find(" at line 1, "); at != std::string::npos) what.replace(at, 12, " at ");
  return "invalid JSON: " + what;
}

std::string_view type_name(const Json& value) {
  if (value.is_string()) return "a string";
  if (value.is_number()) return "a number";
  if (value.is_boolean()) return "a boolean";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "null";
}

// A member that must be a string when given; nullopt when absent or null.
Result<std::optional<std::string>> optional_string(Json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::optional<std::string>{};
  if (!it->is_string()) return Error::in_file({}, fmt::format("\"{}\" must be a string, not {}", name, type_name(*it)));
  return std::optional<std::string>{std::move(it->get_ref<std::string&>())};
}

// "2025-06-10", or an ISO 8601 date-time ("2025-06-10T08:00:00Z") whose day is used.
std::optional<Date> publication_day(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  return Date::parse_iso(text);
}

}  // namespace

struct JsonLinesReader::State {
  std::FILE* file = nullptr;
  bool owned = false;
  std::string path;  // as given
  std::string shown;
  LoadOptions options;
  uint64_t line = 0;
  char* buffer = nullptr;
  std::size_t capacity = 0;
  std::map<std::string, uint64_t, std::less<>> first_line;  // id -> line

  ~State() {
    std::free(buffer);
    if (owned && file != nullptr) std::fclose(file);
  }

  Error at_line(std::string message) const { return Error::at_line(shown, static_cast<uint32_t>(line), std::move(message)); }

  Result<Document> parse(std::string_view text);
};

Result<Document> JsonLinesReader::State::parse(std::string_view text) {
  if (auto problem = detail::check_utf8(text)) {
    return at_line(fmt::format("invalid UTF-8 at byte {} of the line: {}", problem->offset, problem->what));
  }
  Json object;
  try {
    object = Json::parse(text);
  } catch (const Json::parse_error& e) {
    return at_line(parse_message(e));
  }
  if (!object.is_object()) return at_line(fmt::format("expected a JSON object, found {}", type_name(object)));

  const auto id_member = object.find("id");
  if (id_member == object.end()) return at_line("missing \"id\"");
  if (!id_member->is_string()) return at_line(fmt::format("\"id\" must be a string, not {}", type_name(*id_member)));
  std::string id = id_member->get<std::string>();
  if (id.empty()) return at_line("\"id\" is empty");
  if (auto it = first_line.find(id); it != first_line.end()) {
    return at_line(fmt::format("duplicate id '{}' (first on line {})", id, it->second));
  }

  const auto text_member = object.find("text");
  if (text_member == object.end()) return at_line("missing \"text\"");
  if (!text_member->is_string()) {
    return at_line(fmt::format("\"text\" must be a string, not {}", type_name(*text_member)));
  }
  std::string body = std::move(text_member->get_ref<std::string&>());

  std::optional<Date> published;
  std::optional<std::string> publisher, language, url;
  {
    auto value = optional_string(object, "published");
    if (!value) return at_line(value.error().message);
    if (*value) {
      published = publication_day(**value);
      if (!published) return at_line(fmt::format("bad date '{}' in \"published\" (expected YYYY-MM-DD)", **value));
    }
  }
  for (auto [name, field] : {std::pair{"publisher", &publisher}, std::pair{"language", &language}, std::pair{"url", &url}}) {
    auto value = optional_string(object, name);
    if (!value) return at_line(value.error().message);
    *field = std::move(value).value();
  }
  if (language && !is_language_tag(*language)) {
    return at_line(fmt::format("bad language '{}' in \"language\" (expected a code such as ar or en)", *language));
  }

  LoadOptions load = options;
  if (language) load.language = detail::lower_ascii(*language);
  auto document = make_document(fmt::format("{}:{}", shown, line), std::move(body), load);
  if (!document) {
    const Error& e = document.error();
    if (e.message == "empty file") return at_line("\"text\" is empty");
    if (e.byte) return at_line(fmt::format("\"text\": byte {}: {}", *e.byte, e.message));
    return at_line("\"text\": " + e.message);
  }
  document->id = id;
  document->published = published;
  document->publisher = std::move(publisher);
  document->url = std::move(url);
  first_line.emplace(std::move(id), line);
  return document;
}

JsonLinesReader::JsonLinesReader(std::unique_ptr<State> state) : state_(std::move(state)) {}
JsonLinesReader::JsonLinesReader(JsonLinesReader&&) noexcept = default;
JsonLinesReader& JsonLinesReader::operator=(JsonLinesReader&&) noexcept = default;
JsonLinesReader::~JsonLinesReader() = default;

Result<JsonLinesReader> JsonLinesReader::open(const std::string& path, const LoadOptions& options) {
  auto state = std::make_unique<State>();
  state->path = path;
  state->shown = detail::display_path(path);
  state->options = options;
  if (path == "-") {
    state->file = stdin;
  } else {
    state->file = std::fopen(path.c_str(), "rbe");
    if (state->file == nullptr) return Error::in_file(state->shown, detail::errno_message(errno));
    state->owned = true;
    struct stat info {};
    if (::fstat(::fileno(state->file), &info) == 0 && S_ISDIR(info.st_mode))
      return Error::in_file(state->shown, "is a directory");
  }
  return JsonLinesReader(std::move(state));
}

std::optional<Result<Document>> JsonLinesReader::next() {
  State& s = *state_;
  for (;;) {
    errno = 0;
    const ssize_t got = ::getline(&s.buffer, &s.capacity, s.file);
    if (got < 0) {
      if (std::ferror(s.file)) {
        const int error = errno;
        std::clearerr(s.file);
        return Result<Document>(Error::in_file(s.shown, detail::errno_message(error)));
      }
      return std::nullopt;
    }
    ++s.line;
    std::string_view text(s.buffer, static_cast<std::size_t>(got));
    if (text.ends_with('\n')) text.remove_suffix(1);
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    // A line far over the article limit is refused before it is parsed.
    if (text.size() > 2 * std::min<uint64_t>(s.options.max_bytes, UINT32_MAX) + 4096) {
      return Result<Document>(s.at_line("line too long: more than twice the article size limit"));
    }
    return s.parse(text);
  }
}

uint64_t JsonLinesReader::line() const { return state_->line; }

}  // namespace claimgraph
