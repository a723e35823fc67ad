#include "cli/cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    return frontline::cli::run(std::vector<std::string>(argv, argv + argc), std::cin, std::cout,
                               std::cerr);
}
