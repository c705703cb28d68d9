// The core parser alone: parse_target over the corpus values (tests/fixtures/corpus), single
// thread, as many rounds as fit in the time given; prints values per second, with and without
// the indicator name (the name adds the checks of name_checks).
//
//   parser_bench CORPUS_TSV [SECONDS]
//
// Output, one line per mode, read by bench/run.py:
//   parse_target(value)       values=... seconds=... values_per_second=...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "core/values/target_parse.hpp"

namespace {

struct Entry {
  std::string name;
  std::string value;
};

// The corpus: seed, line, name, half, full, tab-separated; both values of every row that has one.
std::vector<Entry> read_corpus(const char* path) {
  std::ifstream in(path);
  std::vector<Entry> entries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    if (fields.size() < 5) continue;
    for (int i : {3, 4})
      if (!fields[i].empty()) entries.push_back({fields[2], fields[i]});
  }
  return entries;
}

template <typename Parse>
void measure(const char* label, const std::vector<Entry>& entries, double seconds, Parse parse) {
  using clock = std::chrono::steady_clock;
  std::size_t values = 0, findings = 0;
  for (const Entry& e : entries) findings += parse(e).findings.size();  // warm-up: vocabularies built
  const auto start = clock::now();
  double elapsed = 0;
  do {
    for (const Entry& e : entries) findings += parse(e).findings.size();
    values += entries.size();
    elapsed = std::chrono::duration<double>(clock::now() - start).count();
  } while (elapsed < seconds);
  std::printf("%-36s values=%zu seconds=%.3f values_per_second=%.0f (findings seen: %zu)\n", label, values, elapsed,
              static_cast<double>(values) / elapsed, findings);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parser_bench CORPUS_TSV [SECONDS]\n";
    return 2;
  }
  const std::vector<Entry> entries = read_corpus(argv[1]);
  if (entries.empty()) {
    std::cerr << "parser_bench: no values in " << argv[1] << "\n";
    return 2;
  }
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
  std::printf("corpus: %zu values\n", entries.size());
  measure("parse_target(value)", entries, seconds, [](const Entry& e) { return jixiao::core::parse_target(e.value); });
  measure("parse_target(value, name)", entries, seconds,
          [](const Entry& e) { return jixiao::core::parse_target(e.value, e.name); });
  return 0;
}
