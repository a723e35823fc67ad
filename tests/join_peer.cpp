// frontline_join_peer: a join server for the browser test (tests/browser/join_page.test.js).
// Starts on 127.0.0.1, any free port, with a three-option ballot open; prints the join address,
// then obeys one command a line on standard input:
//   tally   prints the tally and the refusals as one JSON line
//   lock    locks the vote (the page must say votes are closed)
//   next    shows decision 2 (the page must clear its vote)
//   quit    stops (so does the end of input)
#include "net/join_server.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

using namespace frontline::net;

int main() {
    ServerOptions options;
    options.bind = "127.0.0.1";
    options.port = 0;
    std::string problem;
    const auto server = JoinServer::start(options, problem);
    if (!server) {
        std::cerr << "frontline_join_peer: " << problem << "\n";
        return 1;
    }
    Ballot ballot;
    ballot.decision = 1;
    ballot.prompt = "I bought this kettle here three weeks ago and it's stopped working.";
    ballot.options = {"I'm sorry it's let you down. What happened?",
                      "Have you got the receipt? <b>No receipt</b>, no refund.",
                      "Let me check your account first."};
    ballot.open = true;
    server->show(ballot);
    std::cout << server->joinAddresses().front() << std::endl;

    std::string command;
    while (std::getline(std::cin, command)) {
        if (command == "tally") {
            const Tally tally = server->tally();
            const Refusals refused = server->refusals();
            std::cout << nlohmann::json{{"decision", tally.decision},
                                        {"room", tally.room},
                                        {"joined", tally.joined},
                                        {"voted", tally.voted},
                                        {"refused",
                                         {{"badRequest", refused.badRequest},
                                          {"wrongRoom", refused.wrongRoom},
                                          {"notFound", refused.notFound},
                                          {"rateLimited", refused.rateLimited},
                                          {"closed", refused.closed}}}}
                             .dump()
                      << std::endl;
        } else if (command == "lock") {
            ballot.open = false;
            server->show(ballot);
            std::cout << "locked" << std::endl;
        } else if (command == "next") {
            ballot.decision = 2;
            ballot.open = true;
            server->show(ballot);
            std::cout << "next" << std::endl;
        } else if (command == "quit") {
            break;
        }
    }
    return 0;
}
