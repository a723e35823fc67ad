// Golden transcripts: scenario + seed + choices -> the exact JSON result, byte for byte.
// To accept a deliberate change, run with FRONTLINE_UPDATE_GOLDEN=1 and review the diff.
#include "cli/cli.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

struct Golden {
    std::string name;
    std::vector<std::string> args; // after "frontline play"
};

std::string runPlay(const std::vector<std::string>& args) {
    std::vector<std::string> argv{"frontline", "play", "--scenarios", FRONTLINE_SCENARIOS_DIR};
    argv.insert(argv.end(), args.begin(), args.end());
    std::istringstream in;
    std::ostringstream out, err;
    const int code = frontline::cli::run(argv, in, out, err);
    INFO(err.str());
    REQUIRE(code == 0);
    return out.str();
}

std::string readFile(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

const std::vector<Golden> kGoldens{
    {"kettle-best",
     {"brightmart.faulty-kettle", "--seed", "1", "--json", "--choose-ids",
      "arrives.listen,describe.test-it,tested.ask-proof,no_receipt.accept-app,options.offer-rights,"
      "choose.your-choice,wants_replacement.replace-properly,wrap_up.log"}},
    {"kettle-sent-away", {"brightmart.faulty-kettle", "--seed", "1", "--json", "--choose", "3,1"}},
    {"account-priya-consents",
     {"northway.not-the-account-holder", "--seed", "1", "--json", "--choose-ids",
      "greeting.security,security.check-authority,not_holder.decline,options_offer.priya,"
      "priya_joins.secure,priya_security.confirm,consented.full,on_record.log,contact_note."
      "factual"}},
    {"account-breach-hidden",
     {"northway.not-the-account-holder", "--seed", "1", "--json", "--choose-ids",
      "greeting.acct-number,acct_number.read-balance,breach_made.cover-up"}},
};

} // namespace

TEST_CASE("Golden transcripts match exactly", "[golden]") {
    const bool update = std::getenv("FRONTLINE_UPDATE_GOLDEN") != nullptr;
    for (const auto& golden : kGoldens) {
        DYNAMIC_SECTION(golden.name) {
            const std::string path =
                std::string(FRONTLINE_TEST_DATA) + "/golden/" + golden.name + ".json";
            const std::string actual = runPlay(golden.args);
            if (update) std::ofstream(path) << actual;
            const std::string expected = readFile(path);
            REQUIRE_FALSE(expected.empty());
            CHECK(actual == expected);
        }
    }
}

TEST_CASE("Replaying a golden result's choice ids gives the same result", "[golden][rebuild]") {
    // Played by numbers, then rebuilt from the ids the result records: identical output.
    const std::string byNumbers = runPlay(
        {"brightmart.faulty-kettle", "--seed", "3", "--json", "--choose", "2,1,2,3,2,3,1,2"});
    const auto ids = nlohmann::json::parse(byNumbers)["choice_ids"].get<std::vector<std::string>>();
    REQUIRE(ids.size() == 8);
    std::string joined;
    for (const auto& id : ids)
        joined += (joined.empty() ? "" : ",") + id;
    CHECK(runPlay({"brightmart.faulty-kettle", "--seed", "3", "--json", "--choose-ids", joined}) ==
          byNumbers);
    CHECK(runPlay({"brightmart.faulty-kettle", "--seed", "3", "--json", "--choose",
                   "2,1,2,3,2,3,1,2"}) == byNumbers);
}
