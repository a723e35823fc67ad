#include "records_csv.hpp"

#include <initializer_list>
#include <string_view>

namespace frontline::report {

namespace {

// One row, built a field at a time: text fields are guarded and quoted, numbers written as is.
class Row {
  public:
    Row& text(std::string_view value) {
        std::string field;
        if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos)
            field = "'"; // a spreadsheet would run it as a formula
        field.append(value);
        return add(quoted(field));
    }
    template <typename Number> Row& number(Number value) { return add(std::to_string(value)); }
    Row& empty() { return add({}); }
    std::string line() const { return m_line + "\r\n"; }

  private:
    static std::string quoted(const std::string& field) {
        if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
        std::string out = "\"";
        for (char c : field)
            out.append(c == '"' ? "\"\"" : std::string(1, c));
        return out + "\"";
    }
    Row& add(const std::string& field) {
        if (m_any) m_line += ',';
        m_any = true;
        m_line += field;
        return *this;
    }
    std::string m_line;
    bool m_any = false;
};

std::string header(std::initializer_list<std::string_view> names) {
    Row row;
    for (std::string_view name : names)
        row.text(name);
    return row.line();
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out.append(out.empty() ? "" : " ").append(id);
    return out;
}

void result(Row& row, const AttemptRecord& a) {
    if (!a.isFinished()) {
        for (int i = 0; i < 7; ++i) // finished .. best
            row.empty();
        return;
    }
    row.text(a.finished).text(a.ending).text(toString(a.endingKind)).text(toString(a.grade));
    row.number(a.percent).number(a.points).number(a.best);
}

} // namespace

std::string attemptsCsv(const std::vector<AttemptRecord>& attempts) {
    std::string out = header({"attempt_id", "uuid", "learner", "scenario", "title", "version",
                              "organisation", "mode", "seed", "started", "finished", "ending",
                              "ending_kind", "grade", "percent", "points", "best", "choices"});
    for (const AttemptRecord& a : attempts) {
        Row row;
        row.number(a.id).text(a.uuid).text(a.learner).text(a.scenario).text(a.title);
        row.text(a.version).text(a.organisation).text(toString(a.mode)).number(a.seed);
        row.text(a.started);
        result(row, a);
        row.number(a.choices.size());
        out += row.line();
    }
    return out;
}

std::string choicesCsv(const std::vector<AttemptRecord>& attempts) {
    std::string out = header({"attempt_id", "learner", "scenario", "step", "node", "choice", "text",
                              "millis", "at", "credited", "breached"});
    for (const AttemptRecord& a : attempts)
        for (const ChoiceRecord& c : a.choices) {
            Row row;
            row.number(a.id).text(a.learner).text(a.scenario).number(c.step).text(c.node);
            row.text(c.choice).text(c.text).number(c.millis).text(c.at);
            row.text(joined(c.credited)).text(joined(c.breached));
            out += row.line();
        }
    return out;
}

} // namespace frontline::report
