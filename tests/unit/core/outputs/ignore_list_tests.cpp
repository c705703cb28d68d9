#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/outputs/ignore_list.hpp"
#include "support/test_support.hpp"

using jixiao::core::FindingPlace;
using jixiao::core::IgnoreChange;
using jixiao::core::IgnoreList;
using jixiao::test::joined;

namespace {

// Sheet names Calc or a file from elsewhere can hold, chosen to break a naive format: the
// separators themselves, the escape character, spaces at the ends, Chinese, line breaks, a
// name that is itself an entry.
const std::vector<std::string> hostile_sheets{"目标表",
                                              "Sheet!1:x",
                                              "a:b!c",
                                              "!",
                                              ":",
                                              "50% 完成",
                                              "%41",
                                              "%",
                                              " 前后空格 ",
                                              "a\nb",
                                              "tab\there",
                                              "cr\r",
                                              "finding:x!A1:operator-variant",
                                              "rule:missing-unit",
                                              "# not a comment",
                                              "Ω≥≤“”"};

}  // namespace

BOOST_AUTO_TEST_SUITE(ignore_list_tests)

BOOST_AUTO_TEST_CASE(an_empty_text_is_an_empty_list) {
  const IgnoreList list = IgnoreList::parse("");
  BOOST_TEST(list.empty());
  BOOST_TEST(list.serialize() == "");
  BOOST_TEST(list.entries().empty());
  BOOST_TEST(!list.is_ignored({"目标表", "E12", "operator-variant"}));
  BOOST_TEST(IgnoreList::parse("\n \n\r\n").empty());
}

BOOST_AUTO_TEST_CASE(the_text_is_one_readable_entry_per_line) {
  IgnoreList list;
  BOOST_TEST((list.ignore_rule("missing-unit") == IgnoreChange::added));
  BOOST_TEST((list.ignore_finding({"目标表", "E12", "operator-variant"}) == IgnoreChange::added));
  BOOST_TEST(list.serialize() == "rule:missing-unit\nfinding:目标表!E12:operator-variant");
  BOOST_TEST(joined(list.entries(), "|") == "rule:missing-unit|finding:目标表!E12:operator-variant|");
}

BOOST_AUTO_TEST_CASE(hostile_sheet_names_survive_the_round_trip) {
  IgnoreList list;
  for (const std::string& sheet : hostile_sheets) {
    BOOST_TEST_CONTEXT(sheet) {
      BOOST_TEST((list.ignore_finding({sheet, "B2", "bare-number"}) == IgnoreChange::added));
    }
  }
  const std::string text = list.serialize();
  const IgnoreList read = IgnoreList::parse(text);
  BOOST_TEST(read.serialize() == text);
  BOOST_TEST(read.entries() == list.entries());
  BOOST_TEST(read.entries().size() == hostile_sheets.size());
  for (const std::string& sheet : hostile_sheets) {
    BOOST_TEST_CONTEXT(sheet) {
      BOOST_TEST(read.is_ignored({sheet, "B2", "bare-number"}));
      BOOST_TEST(!read.is_ignored({sheet, "B3", "bare-number"}));
      BOOST_TEST(!read.is_ignored({sheet + "x", "B2", "bare-number"}));
    }
  }
  // One entry per line: the line breaks in sheet names are escaped.
  std::size_t lines = 1;
  for (char c : text) lines += c == '\n';
  BOOST_TEST(lines == hostile_sheets.size());
}

BOOST_AUTO_TEST_CASE(only_percent_and_control_characters_are_escaped) {
  IgnoreList list;
  list.ignore_finding({"50%", "A1", "bare-number"});
  list.ignore_finding({"a\nb\tc", "A1", "bare-number"});
  list.ignore_finding({"%41 表!:", "A1", "bare-number"});
  BOOST_TEST(list.serialize() ==
             "finding:50%25!A1:bare-number\nfinding:a%0Ab%09c!A1:bare-number\nfinding:%2541 表!:!A1:bare-number");
  // The entries show the names as they are.
  BOOST_TEST(list.entries()[0] == "finding:50%!A1:bare-number");
  BOOST_TEST(list.entries()[2] == "finding:%41 表!:!A1:bare-number");
  // Read back, "%41" stays "%41" (it was written "%2541"), not "A".
  BOOST_TEST(IgnoreList::parse(list.serialize()).is_ignored({"%41 表!:", "A1", "bare-number"}));
  BOOST_TEST(!IgnoreList::parse(list.serialize()).is_ignored({"A 表!:", "A1", "bare-number"}));
}

BOOST_AUTO_TEST_CASE(adding_is_idempotent) {
  IgnoreList list;
  BOOST_TEST((list.ignore_finding({"S", "A1", "bare-number"}) == IgnoreChange::added));
  BOOST_TEST((list.ignore_finding({"S", "A1", "bare-number"}) == IgnoreChange::already_ignored));
  BOOST_TEST((list.ignore_finding({"S", "a1", "bare-number"}) == IgnoreChange::already_ignored));
  BOOST_TEST((list.ignore_rule("missing-unit") == IgnoreChange::added));
  BOOST_TEST((list.ignore_rule("missing-unit") == IgnoreChange::already_ignored));
  // A finding of an ignored rule is ignored already.
  BOOST_TEST((list.ignore_finding({"S", "C3", "missing-unit"}) == IgnoreChange::already_ignored));
  // Ignoring the rule of an ignored finding adds the rule.
  BOOST_TEST((list.ignore_rule("bare-number") == IgnoreChange::added));
  BOOST_TEST(list.serialize() == "finding:S!A1:bare-number\nrule:missing-unit\nrule:bare-number");
}

BOOST_AUTO_TEST_CASE(duplicate_lines_are_read_once) {
  const IgnoreList list = IgnoreList::parse(
      "rule:missing-unit\nfinding:S!A1:bare-number\nrule:missing-unit\nfinding:S!a1:bare-number\nhello\nhello");
  BOOST_TEST(list.serialize() == "rule:missing-unit\nfinding:S!A1:bare-number\nhello");
}

BOOST_AUTO_TEST_CASE(lines_it_cannot_read_are_kept_but_ignore_nothing) {
  const std::vector<std::string> garbled{
      "hello",
      "# a comment",
      "rule:Bad Id",
      "rule:",
      "rule:missing-unit ",
      "future:missing-unit",
      "finding:no-bang:missing-unit",
      "finding:S!A1",
      "finding:S!A1:",
      "finding:S!1A:missing-unit",
      "finding:S!A0:missing-unit",
      "finding:S!ABCD1:missing-unit",
      "finding:S!$A$1:missing-unit",
      "finding:!A1:missing-unit",
      "finding:50%ZZ!A1:missing-unit",
      "finding:50%4!A1:missing-unit",
      "finding:%FF!A1:missing-unit",
      "finding:tab\there!A1:missing-unit",
      "FINDING:S!A1:missing-unit",
  };
  std::string text;
  for (const std::string& line : garbled) text += line + "\n";
  IgnoreList list = IgnoreList::parse(text);
  BOOST_TEST(list.entries().empty());
  BOOST_TEST(!list.empty());
  for (const char* sheet : {"S", "", "50%ZZ", "tab\there", "no-bang"}) {
    for (const char* cell : {"A1", "1A", "A0"}) {
      BOOST_TEST_CONTEXT(sheet << " " << cell) { BOOST_TEST(!list.is_ignored({sheet, cell, "missing-unit"})); }
    }
  }
  // Written back as they were, before what is added now.
  BOOST_TEST((list.ignore_rule("bare-number") == IgnoreChange::added));
  std::string expected;
  for (const std::string& line : garbled) expected += line + "\n";
  BOOST_TEST(list.serialize() == expected + "rule:bare-number");
  BOOST_TEST(joined(list.entries(), "|") == "rule:bare-number|");
}

BOOST_AUTO_TEST_CASE(windows_line_breaks_are_read) {
  const IgnoreList list = IgnoreList::parse("rule:missing-unit\r\nfinding:S!A1:bare-number\r\n");
  BOOST_TEST(list.is_ignored({"T", "Z9", "missing-unit"}));
  BOOST_TEST(list.is_ignored({"S", "A1", "bare-number"}));
  BOOST_TEST(list.serialize() == "rule:missing-unit\nfinding:S!A1:bare-number");
}

BOOST_AUTO_TEST_CASE(is_ignored_fires_for_the_finding_and_its_rule_only) {
  IgnoreList list;
  list.ignore_finding({"Sheet1", "E12", "operator-variant"});
  list.ignore_rule("missing-unit");
  BOOST_TEST(list.is_ignored({"Sheet1", "E12", "operator-variant"}));
  BOOST_TEST(list.is_ignored({"Sheet1", "e12", "operator-variant"}));
  BOOST_TEST(list.is_ignored({"Sheet1", "A1", "missing-unit"}));
  BOOST_TEST(list.is_ignored({"Other", "Z99", "missing-unit"}));
  BOOST_TEST(!list.is_ignored({"Sheet1", "E13", "operator-variant"}));
  BOOST_TEST(!list.is_ignored({"Sheet1", "F12", "operator-variant"}));
  BOOST_TEST(!list.is_ignored({"Sheet1", "E12", "bare-number"}));
  BOOST_TEST(!list.is_ignored({"sheet1", "E12", "operator-variant"}));
  BOOST_TEST(!list.is_ignored({"Sheet", "E12", "operator-variant"}));
  BOOST_TEST(!list.is_ignored({"Sheet1 ", "E12", "operator-variant"}));
  BOOST_TEST(!list.is_ignored({"Sheet1", "E12", "missing-uni"}));
}

BOOST_AUTO_TEST_CASE(what_cannot_be_stored_is_refused_and_changes_nothing) {
  IgnoreList list;
  list.ignore_rule("missing-unit");
  const std::vector<FindingPlace> invalid{
      {"", "A1", "bare-number"},
      {"S", "", "bare-number"},
      {"S", "A", "bare-number"},
      {"S", "12", "bare-number"},
      {"S", "A0", "bare-number"},
      {"S", "ABCD1", "bare-number"},
      {"S", "$A$1", "bare-number"},
      {"S", "A1:B2", "bare-number"},
      {"S", "A1", ""},
      {"S", "A1", "Bare-Number"},
      {"S", "A1", "a:b"},
      {"\xFF", "A1", "bare-number"},
  };
  for (const FindingPlace& place : invalid) {
    BOOST_TEST_CONTEXT(place.sheet << " " << place.cell << " " << place.rule_id) {
      BOOST_TEST((list.ignore_finding(place) == IgnoreChange::invalid));
    }
  }
  for (const char* id : {"", "Bad", "a b", "a:b", "a\nrule:x"}) {
    BOOST_TEST_CONTEXT(id) { BOOST_TEST((list.ignore_rule(id) == IgnoreChange::invalid)); }
  }
  BOOST_TEST(list.serialize() == "rule:missing-unit");
}

BOOST_AUTO_TEST_CASE(without_ignored_keeps_the_others_in_order) {
  struct Item {
    std::string sheet, cell, rule;
  };
  IgnoreList list;
  list.ignore_finding({"S", "B2", "bare-number"});
  list.ignore_rule("missing-unit");
  const std::vector<Item> items{{"S", "A1", "bare-number"}, {"S", "B2", "bare-number"}, {"S", "C3", "missing-unit"},
                                {"T", "B2", "bare-number"}, {"S", "D4", "empty-value"}, {"U", "E5", "missing-unit"}};
  const std::vector<Item> kept = jixiao::core::without_ignored(list, items, [](const Item& item) {
    return FindingPlace{item.sheet, item.cell, item.rule};
  });
  std::string cells;
  for (const Item& item : kept) cells += item.sheet + item.cell + " ";
  BOOST_TEST(cells == "SA1 TB2 SD4 ");
  BOOST_TEST(jixiao::core::without_ignored(IgnoreList(), items, [](const Item& item) {
               return FindingPlace{item.sheet, item.cell, item.rule};
             }).size() == items.size());
}

BOOST_AUTO_TEST_SUITE_END()
