// A simulated phone for the join server's tests and benchmark: libcurl on one keep-alive
// connection, optionally from a chosen local address (127.0.0.x) so each phone has its own.
#pragma once

#include <curl/curl.h>

#include <string>

namespace frontline::bench {

struct Reply {
    long status = 0; // 0: no HTTP answer (connection refused, reset, timed out)
    std::string body;
    std::string headers; // as received, lower-cased names kept as sent
};

class Phone {
  public:
    // `server`: "http://127.0.0.1:PORT"; `from`: a local address to send from, or "".
    Phone(std::string server, std::string from = "");
    ~Phone();
    Phone(const Phone&) = delete;
    Phone& operator=(const Phone&) = delete;

    Reply get(const std::string& path);
    Reply post(const std::string& path, const std::string& body, bool expectContinue = false);

    // {"room":..,"token":..,"decision":..,"option":..} (and "team" when >= 0).
    Reply vote(const std::string& room, const std::string& token, int decision, int option,
               int team = -1);

  private:
    Reply perform(const std::string& path, const std::string* body, bool expectContinue);
    std::string server_, from_;
    CURL* curl_;
};

// A phone's token: 32 lowercase hex digits made from a number, distinct per number.
std::string tokenFor(unsigned long long n);

} // namespace frontline::bench
