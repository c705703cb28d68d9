// rule_docs: docs/rules.md, written from the registry (data/rules/rules.tsv) and the rules'
// explanations (data/rules/explanations.tsv) as embedded in the core. The build writes
// build/docs/rules.md with it and the test docs.rules_md compares that with docs/rules.md:
//   build/tools/rule_docs > docs/rules.md
#include <fstream>
#include <iostream>

#include "core/catalog/rule_docs.hpp"

int main(int argc, char** argv) {
  if (argc > 2) {
    std::cerr << "usage: rule_docs [FILE]   (standard output without FILE)\n";
    return 2;
  }
  const std::string markdown = jixiao::core::rules_markdown();
  if (argc == 1) {
    std::cout << markdown;
    return std::cout ? 0 : 1;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << markdown;
  return out ? 0 : 1;
}
