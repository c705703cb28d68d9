// The findings and rules a user chose to ignore in one document, as a value that reads from and
// writes to one text (the document keeps it in a user-defined property, see
// src/uno/services/ignore_list_service.cpp).
//
// The text has one entry per line, readable by a person:
//   rule:<rule id>                    every finding of that rule
//   finding:<sheet>!<cell>:<rule id>  one finding ("finding:目标表!E12:operator-variant")
// It is unambiguous without quoting because rule ids are kebab-case (no ':') and cells are A1
// addresses (no '!'): a finding line is read from the right, so a sheet name may contain '!', ':',
// spaces or anything else. Only what would break the lines is escaped in sheet names, as %XX: '%'
// itself and control characters (line breaks above all). Lines this version cannot read (written
// by a newer one, or damaged) are kept as they are and written back, but ignore nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::core {

// Where a finding is and which rule found it: what an ignored finding is matched by.
struct FindingPlace {
  std::string sheet;
  std::string cell;  // A1 address, "E12"
  std::string rule_id;
};

// What adding an entry did.
enum class IgnoreChange {
  added,
  already_ignored,  // nothing changed: the entry, or for a finding its whole rule, is there
  invalid,          // nothing changed: not a rule id, not an A1 address or an empty sheet name
};

class IgnoreList {
 public:
  // Never fails: lines it cannot read are kept as unknown lines; blank lines and repeated
  // entries are dropped.
  static IgnoreList parse(std::string_view text);

  // The entries in the order they were added, unknown lines included, one per line, no final
  // line break; "" for an empty list. parse(serialize()) gives the same list.
  std::string serialize() const;

  IgnoreChange ignore_rule(std::string_view rule_id);
  IgnoreChange ignore_finding(const FindingPlace& place);

  // Whether the finding's rule or the finding itself (same sheet, cell and rule) is ignored. Cell
  // addresses compare without regard to case ("e12" is "E12"); sheet names compare exactly.
  bool is_ignored(const FindingPlace& place) const;

  // What is ignored, one entry each as written in the text but with sheet names unescaped
  // ("finding:50%!A1:…"); unknown lines are not listed, since they ignore nothing.
  std::vector<std::string> entries() const;

  // No entries and no unknown lines.
  bool empty() const { return lines_.empty(); }

 private:
  enum class Kind { rule, finding, unknown };
  struct Line {
    Kind kind;
    FindingPlace place;  // rule: only rule_id; finding: all of it, sheet unescaped, cell upper case
    std::string text;    // unknown: the line as read
  };
  bool has(const Line& line) const;

  std::vector<Line> lines_;
};

// The items whose place is not ignored, in their order; place_of(item) gives a FindingPlace.
template <class Item, class PlaceOf>
std::vector<Item> without_ignored(const IgnoreList& list, std::vector<Item> items, PlaceOf place_of) {
  std::erase_if(items, [&](const Item& item) { return list.is_ignored(place_of(item)); });
  return items;
}

}  // namespace jixiao::core
