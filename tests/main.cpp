// The test runner. Learner records go to a fresh folder, never the user's own data folder:
// `frontline play` records every attempt, and tests play a great many.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

int main(int argc, char* argv[]) {
    namespace fs = std::filesystem;
    const fs::path data =
        fs::temp_directory_path() / ("frontline-tests-" + std::to_string(::getpid()));
    fs::create_directories(data);
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    const int result = Catch::Session().run(argc, argv);
    std::error_code ec;
    fs::remove_all(data, ec);
    return result;
}
