// Writes the files derived from function_table.hpp:
//   gen_metadata <CalcAddIns.xcu> <functions.json>
// so the Function Wizard text, the tests and the implementation share one
// source.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "uno/functions/function_table.hpp"

namespace {

using jixiao::uno::Localized;

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string json_escape(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

void write_localized_prop(std::ostream& out, std::string_view indent, std::string_view prop,
                          const Localized& text) {
  out << indent << "<prop oor:name=\"" << prop << "\">\n"
      << indent << "  <value xml:lang=\"en-US\">" << xml_escape(text.en) << "</value>\n"
      << indent << "  <value xml:lang=\"zh-CN\">" << xml_escape(text.zh) << "</value>\n"
      << indent << "</prop>\n";
}

void write_xcu(std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!-- Generated from src/uno/functions/function_table.hpp by gen_metadata. Do not edit. -->\n"
         "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
         "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
         "    oor:name=\"CalcAddIns\" oor:package=\"org.openoffice.Office\">\n"
         "  <node oor:name=\"AddInInfo\">\n"
      << "    <node oor:name=\"" << jixiao::uno::kAddInServiceName << "\" oor:op=\"replace\">\n"
      << "      <node oor:name=\"AddInFunctions\">\n";
  for (const auto& f : jixiao::uno::kFunctions) {
    out << "        <node oor:name=\"" << f.idl_name << "\" oor:op=\"replace\">\n";
    write_localized_prop(out, "          ", "DisplayName", f.display_name);
    write_localized_prop(out, "          ", "Description", f.description);
    // LibreOffice 7.4 takes a function's English name (used by the API, by
    // macros and by "use English function names" in any UI language) from
    // its en-US compatibility name, not from the en-US display name.
    out << "          <prop oor:name=\"CompatibilityName\">\n"
        << "            <value xml:lang=\"en-US\">" << xml_escape(f.display_name.en) << "</value>\n"
        << "          </prop>\n";
    out << "          <prop oor:name=\"Category\"><value>" << jixiao::uno::kCategory
        << "</value></prop>\n"
        << "          <node oor:name=\"Parameters\">\n";
    for (const auto& a : f.arguments) {
      out << "            <node oor:name=\"" << a.idl_name << "\" oor:op=\"replace\">\n";
      write_localized_prop(out, "              ", "DisplayName", a.name);
      write_localized_prop(out, "              ", "Description", a.description);
      out << "            </node>\n";
    }
    out << "          </node>\n"
        << "        </node>\n";
  }
  out << "      </node>\n"
         "    </node>\n"
         "  </node>\n"
         "</oor:component-data>\n";
}

std::string json_localized(const Localized& text) {
  return "{\"en\": " + json_escape(text.en) + ", \"zh\": " + json_escape(text.zh) + "}";
}

void write_json(std::ostream& out) {
  out << "{\n  \"service\": " << json_escape(jixiao::uno::kAddInServiceName)
      << ",\n  \"category\": " << json_escape(jixiao::uno::kCategory) << ",\n  \"functions\": [";
  const char* sep = "\n";
  for (const auto& f : jixiao::uno::kFunctions) {
    out << sep << "    {\"method\": " << json_escape(f.idl_name)
        << ", \"name\": " << json_localized(f.display_name)
        << ", \"description\": " << json_localized(f.description) << ", \"arguments\": [";
    const char* arg_sep = "";
    for (const auto& a : f.arguments) {
      out << arg_sep << "\n      {\"param\": " << json_escape(a.idl_name)
          << ", \"name\": " << json_localized(a.name)
          << ", \"description\": " << json_localized(a.description)
          << ", \"optional\": " << (a.optional ? "true" : "false") << "}";
      arg_sep = ",";
    }
    out << "]}";
    sep = ",\n";
  }
  out << "\n  ]\n}\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_metadata <CalcAddIns.xcu> <functions.json>\n";
    return 2;
  }
  std::ofstream xcu(argv[1], std::ios::binary);
  std::ofstream json(argv[2], std::ios::binary);
  write_xcu(xcu);
  write_json(json);
  return xcu && json ? 0 : 1;
}
