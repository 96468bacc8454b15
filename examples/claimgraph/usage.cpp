#include "usage.hpp"

#include <fmt/format.h>

namespace claimgraph::cli {
namespace {

std::string command_path(const CLI::App& app);

std::string usage_line(const CLI::App& app) {
  // help() names a subcommand after the path it is given.
  const CLI::App* parent = app.get_parent();
  const std::string help = app.help(parent ? command_path(*parent) : std::string());
  const auto at = help.find("Usage:");
  if (at == std::string::npos) return {};
  return help.substr(at, help.find('\n', at) - at + 1);
}

std::string command_path(const CLI::App& app) {
  const CLI::App* parent = app.get_parent();
  return parent ? command_path(*parent) + " " + app.get_name() : std::string("claimgraph");
}

}  // namespace

void set_usage_errors(CLI::App& app) {
  app.failure_message([](const CLI::App* root, const CLI::Error& error) {
    // The subcommand the error is in, when one was reached.
    const CLI::App* where = root;
    for (auto subs = root->get_subcommands(); !subs.empty(); subs = subs.front()->get_subcommands()) {
      where = subs.front();
    }
    return fmt::format("{}: {}\n{}Run '{} --help' for more information.\n", command_path(*where), error.what(),
                       usage_line(*where), command_path(*where));
  });
}

std::optional<std::string> unknown_subcommand(const CLI::App& app, int argc, const char* const* argv) {
  if (argc < 2) return std::nullopt;
  const std::string first = argv[1];
  if (first.empty()) return std::nullopt;
  // An unknown option before any subcommand: CLI11 would only say that a
  // subcommand is required, which hides the typo.
  if (first.front() == '-') {
    const std::string name = first.substr(0, first.find('='));
    if (name == "-" || name == "--" || app.get_option_no_throw(name) != nullptr) return std::nullopt;
    return fmt::format("claimgraph: unknown option '{}'\n{}Run 'claimgraph --help' for more information.\n", name,
                       usage_line(app));
  }
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == first) return std::nullopt;
    names.push_back(sub->get_name());
  }
  return fmt::format("claimgraph: unknown subcommand '{}' (expected one of: {})\n{}Run 'claimgraph --help' "
                     "for more information.\n",
                     first, fmt::join(names, ", "), usage_line(app));
}

}  // namespace claimgraph::cli
