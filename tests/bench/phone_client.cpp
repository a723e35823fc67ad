#include "phone_client.hpp"

#include <cstdio>

namespace frontline::bench {
namespace {

std::size_t append(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// libcurl's global set-up is not safe to race with the first handles of many threads.
const bool curlReady = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;

} // namespace

Phone::Phone(std::string server, std::string from)
    : server_(std::move(server)), from_(std::move(from)),
      curl_(curlReady ? curl_easy_init() : nullptr) {}

Phone::~Phone() {
    curl_easy_cleanup(curl_);
}

Reply Phone::perform(const std::string& path, const std::string* body, bool expectContinue) {
    Reply reply;
    if (curl_ == nullptr) return reply;
    curl_easy_reset(curl_);
    const std::string url = server_ + path;
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl_, CURLOPT_PATH_AS_IS, 1L); // send "/../" as it is, as an attacker would
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, append);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, append);
    curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &reply.headers);
    if (!from_.empty()) curl_easy_setopt(curl_, CURLOPT_INTERFACE, ("host!" + from_).c_str());
    curl_slist* headers = nullptr;
    if (body != nullptr) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        // Without Expect the body goes at once; with it, a server that refuses the size answers
        // before the body is sent, as a browser's upload would be cut short.
        headers = curl_slist_append(headers, expectContinue ? "Expect: 100-continue" : "Expect:");
        curl_easy_setopt(curl_, CURLOPT_POST, 1L);
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
    }
    if (curl_easy_perform(curl_) == CURLE_OK)
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &reply.status);
    curl_slist_free_all(headers);
    return reply;
}

Reply Phone::get(const std::string& path) {
    return perform(path, nullptr, false);
}

Reply Phone::post(const std::string& path, const std::string& body, bool expectContinue) {
    return perform(path, &body, expectContinue);
}

Reply Phone::vote(const std::string& room, const std::string& token, int decision, int option,
                  int team) {
    std::string body = "{\"room\":\"" + room + "\",\"token\":\"" + token +
                       "\",\"decision\":" + std::to_string(decision) +
                       ",\"option\":" + std::to_string(option);
    if (team >= 0) body += ",\"team\":" + std::to_string(team);
    body += "}";
    return post("/api/vote", body);
}

std::string tokenFor(unsigned long long n) {
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", 0x5eedf00dULL ^ (n * 0x9e3779b97f4a7c15ULL),
                  n);
    return text;
}

} // namespace frontline::bench
