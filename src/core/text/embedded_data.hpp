#pragma once

#include <string_view>

namespace jixiao::core {

// The data files embedded at build time (src/core/CMakeLists.txt), byte for byte, so that the
// extension needs no files next to it. data/vocab/operators.tsv and units.txt are declared in
// vocab.hpp, next to the class that reads them.
std::string_view embedded_operators_tsv();        // data/vocab/operators.tsv
std::string_view embedded_units_txt();            // data/vocab/units.txt
std::string_view embedded_qualitative_txt();      // data/vocab/qualitative.txt
std::string_view embedded_schedule_txt();         // data/vocab/schedule.txt
std::string_view embedded_indicator_names_tsv();  // data/vocab/indicator_names.tsv
std::string_view embedded_name_units_tsv();       // data/vocab/name_units.tsv
std::string_view embedded_group_measures_tsv();   // data/vocab/group_measures.tsv
std::string_view embedded_vague_tsv();            // data/vocab/vague.tsv
std::string_view embedded_unit_spellings_tsv();   // data/vocab/unit_spellings.tsv
std::string_view embedded_form_fields_txt();      // data/templates/form_fields.txt
std::string_view embedded_rules_tsv();            // data/rules/rules.tsv
std::string_view embedded_terms_tsv();            // data/rules/terms.tsv
std::string_view embedded_rule_explanations_tsv();  // data/rules/explanations.tsv
std::string_view embedded_ui_reports_tsv();       // data/ui/reports.tsv
std::string_view embedded_template_project_tsv();             // data/templates/project.tsv
std::string_view embedded_template_department_jiangsu_tsv();  // data/templates/department-jiangsu.tsv
std::string_view embedded_template_department_hubei_tsv();    // data/templates/department-hubei.tsv
std::string_view embedded_ui_labels_tsv();                     // data/ui/labels.tsv
std::string_view embedded_rate_columns_tsv();                 // data/templates/rate-columns.tsv
std::string_view embedded_template_columns_tsv();             // data/templates/columns.tsv
std::string_view embedded_template_national_tsv();            // data/templates/national.tsv
std::string_view embedded_template_budget_system_tsv();       // data/templates/budget-system.tsv

}  // namespace jixiao::core
