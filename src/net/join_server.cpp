#include "net/join_server.hpp"

#include "net/addresses.hpp"
#include "net/join_page.hpp"

#include <civetweb.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>
#include <random>
#include <thread>

namespace frontline::net {

using nlohmann::json;

namespace {

constexpr long long kMaxBody = 1024;        // a vote is under 150 bytes
constexpr std::size_t kMaxQuery = 512;      // room + token is 50 bytes
constexpr const char* kMaxHeaders = "8192"; // longer requests: civetweb answers 400 or 413

enum class Refusal { badRequest, wrongRoom, notFound, tooLarge, rateLimited, closed, tooMany };

const char* reason(Refusal refusal) {
    switch (refusal) {
    case Refusal::wrongRoom:
        return "wrong room";
    case Refusal::rateLimited:
        return "slow down";
    default:
        return "bad request";
    }
}

int statusOf(Refusal refusal) {
    switch (refusal) {
    case Refusal::badRequest:
        return 400;
    case Refusal::wrongRoom:
        return 403;
    case Refusal::notFound:
        return 404;
    case Refusal::tooLarge:
        return 413;
    case Refusal::rateLimited:
        return 429;
    case Refusal::closed:
        return 409;
    case Refusal::tooMany:
        return 429;
    }
    return 400;
}

void add(Refusals& refusals, Refusal refusal) {
    switch (refusal) {
    case Refusal::badRequest:
        ++refusals.badRequest;
        break;
    case Refusal::wrongRoom:
        ++refusals.wrongRoom;
        break;
    case Refusal::notFound:
        ++refusals.notFound;
        break;
    case Refusal::tooLarge:
        ++refusals.tooLarge;
        break;
    case Refusal::rateLimited:
        ++refusals.rateLimited;
        break;
    case Refusal::closed:
        ++refusals.closed;
        break;
    case Refusal::tooMany:
        ++refusals.tooManyPhones;
        break;
    }
}

std::string queryVar(const mg_request_info* request, const char* name) {
    if (request->query_string == nullptr) return {};
    char value[128] = {};
    const int n = mg_get_var(request->query_string, std::strlen(request->query_string), name, value,
                             sizeof value);
    return n > 0 ? std::string(value, static_cast<std::size_t>(n)) : std::string();
}

std::string httpDate() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[64] = {};
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return text;
}

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

// What a phone is shown: the ballot and its own vote on it.
std::string ballotJson(const Ballot& ballot, const std::optional<Vote>& vote) {
    json out{{"decision", ballot.decision},
             {"prompt", ballot.prompt},
             {"options", ballot.options},
             {"open", ballot.open},
             {"teams", ballot.teams},
             {"turnTeam", nullptr},
             {"vote", nullptr}};
    if (ballot.turnTeam) out["turnTeam"] = *ballot.turnTeam;
    if (vote) {
        out["vote"] = {{"option", vote->option}};
        if (vote->team) out["vote"]["team"] = *vote->team;
    }
    // Replace, not throw: option texts come from scenario files and may hold bad UTF-8.
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

sockaddr_in socketAddress(const std::string& bind, int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    // The wildcard address is reached through loopback.
    const std::string host = bind.empty() || bind == "0.0.0.0" ? "127.0.0.1" : bind;
    if (inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1)
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// Whether another program holds the port: civetweb says only "Failed to setup server ports".
bool portInUse(const std::string& bind, int port) {
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0) return false;
    const int reuse = 1;
    ::setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address = socketAddress(bind, port);
    if (bind.empty() || bind == "0.0.0.0") address.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool inUse =
        ::bind(probe, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 &&
        errno == EADDRINUSE;
    ::close(probe);
    return inUse;
}

// civetweb's accept loop polls in 2 s slices; a connection wakes it at once to see the stop.
void knock(const std::string& bind, int port) {
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    if (client < 0) return;
    const sockaddr_in address = socketAddress(bind, port);
    (void)::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    ::close(client);
}

} // namespace

std::string makeRoomCode() {
    std::random_device entropy;
    std::uniform_int_distribution<std::size_t> pick(0, kRoomLetters.size() - 1);
    std::string code;
    for (int i = 0; i < 4; ++i)
        code += kRoomLetters[pick(entropy)];
    return code;
}

struct JoinServer::Impl {
    explicit Impl(const ServerOptions& o)
        : options(o), box(static_cast<std::size_t>(4 * std::max(o.classSize, 1) + 64)),
          perAddress(o.perAddress, 4096), perPhone(o.perPhone, 8 * std::max(o.classSize, 1) + 128) {
    }

    ServerOptions options;
    std::string room = makeRoomCode();
    int port = 0;
    mg_context* context = nullptr;

    // Guards the box, the refusals and the limiters; held for a copy or a count, never for I/O.
    mutable std::mutex mutex;
    BallotBox box;
    std::uint64_t ballotVersion = 0; // bumped by every show() that changes the ballot
    Refusals refusals;
    RateLimiter perAddress, perPhone;

    std::mutex callbackMutex;
    std::shared_ptr<const std::function<void()>> changed;

    // WebSockets, pushed to by `pusher` (never by show(), which must not wait on a phone).
    std::mutex socketsMutex;
    // Each socket's phone and the ballot version it was last sent: a socket that opens between a
    // show() and the pusher's wake-up already has that ballot, and is not sent it twice.
    struct Socket {
        std::string token;
        std::uint64_t sent = 0;
    };
    std::map<mg_connection*, Socket> sockets;
    // The pusher's wake-up, on its own mutex: show() must never wait for a push in progress.
    std::mutex pushMutex;
    std::condition_variable wake;
    std::uint64_t shown = 0, pushed = 0; // under pushMutex
    bool stopping = false;
    std::thread pusher;

    void refuse(Refusal refusal) {
        std::lock_guard lock(mutex);
        add(refusals, refusal);
    }

    void notify() {
        std::shared_ptr<const std::function<void()>> callback;
        {
            std::lock_guard lock(callbackMutex);
            callback = changed;
        }
        if (callback && *callback) (*callback)();
    }

    bool addressAllowed(const mg_request_info* request) {
        std::lock_guard lock(mutex);
        return perAddress.allow(request->remote_addr, Clock::now());
    }

    // --- HTTP -------------------------------------------------------------------------------

    static void send(mg_connection* conn, int status, std::string_view type, std::string_view body,
                     bool close = false) {
        if (close) mg_disable_connection_keep_alive(conn);
        mg_response_header_start(conn, status);
        mg_response_header_add(conn, "Content-Type", type.data(), static_cast<int>(type.size()));
        const std::string length = std::to_string(body.size());
        mg_response_header_add(conn, "Content-Length", length.c_str(), -1);
        mg_response_header_add(conn, "Content-Security-Policy", kContentSecurityPolicy.data(),
                               static_cast<int>(kContentSecurityPolicy.size()));
        mg_response_header_add(conn, "X-Content-Type-Options", "nosniff", -1);
        mg_response_header_add(conn, "Cache-Control", "no-store", -1);
        mg_response_header_add(conn, "Referrer-Policy", "no-referrer", -1);
        // Our own Date: civetweb would format one with gmtime(), whose buffer all its threads
        // share.
        const std::string date = httpDate();
        mg_response_header_add(conn, "Date", date.c_str(), -1);
        mg_response_header_send(conn);
        const mg_request_info* request = mg_get_request_info(conn);
        if (std::strcmp(request->request_method, "HEAD") != 0 && !body.empty())
            mg_write(conn, body.data(), body.size());
    }

    int refuseWith(mg_connection* conn, Refusal refusal, std::string_view why) {
        refuse(refusal);
        const int status = statusOf(refusal);
        // A body we did not read is not drained: the connection closes instead.
        send(conn, status, "application/json",
             json{{"ok", false}, {"error", std::string(why)}}.dump(), refusal == Refusal::tooLarge);
        return status;
    }

    int handle(mg_connection* conn) {
        const mg_request_info* request = mg_get_request_info(conn);
        if (!addressAllowed(request)) return refuseWith(conn, Refusal::rateLimited, "slow down");
        const std::string_view path = request->local_uri ? request->local_uri : "";
        const std::string_view method = request->request_method ? request->request_method : "";
        const bool get = method == "GET" || method == "HEAD";
        if (get && path == "/") return page(conn, "text/html; charset=utf-8", joinPageHtml());
        if (get && path == "/app.js")
            return page(conn, "text/javascript; charset=utf-8", joinPageScript());
        if (get && path == "/app.css")
            return page(conn, "text/css; charset=utf-8", joinPageStyle());
        if (get && path == "/api/ballot") return ballot(conn, request);
        if (method == "POST" && path == "/api/vote") return vote(conn, request);
        // Browsers ask for an icon unprompted; an empty answer keeps that out of the refusals.
        if (get && path == "/favicon.ico") return page(conn, "image/x-icon", {}, 204);
        return refuseWith(conn, Refusal::notFound, "not found");
    }

    int page(mg_connection* conn, std::string_view type, std::string_view body, int status = 200) {
        send(conn, status, type, body);
        return status;
    }

    // Room and token from the query: the refusal when they are not right.
    std::optional<Refusal> checkPhone(const mg_request_info* request, std::string& token) {
        const char* query = request->query_string;
        if (query != nullptr && std::strlen(query) > kMaxQuery) return Refusal::badRequest;
        if (upper(queryVar(request, "room")) != room) return Refusal::wrongRoom;
        token = queryVar(request, "token");
        if (!validToken(token)) return Refusal::badRequest;
        std::lock_guard lock(mutex);
        if (!perPhone.allow(token, Clock::now())) return Refusal::rateLimited;
        return std::nullopt;
    }

    int ballot(mg_connection* conn, const mg_request_info* request) {
        std::string token;
        if (const auto refusal = checkPhone(request, token))
            return refuseWith(conn, *refusal, reason(*refusal));
        std::string body;
        bool joined = false;
        {
            std::lock_guard lock(mutex);
            if (!box.seen(token, Clock::now(), &joined)) {
                add(refusals, Refusal::tooMany);
                joined = false;
            }
            body = ballotJson(box.ballot(), box.voteOf(token));
        }
        send(conn, 200, "application/json", body);
        if (joined) notify();
        return 200;
    }

    // The body, when it is at most kMaxBody bytes; nullopt (and `refusal`) otherwise. The length
    // is checked before a byte is read, so a 1 MB upload costs nothing but the refusal.
    std::optional<std::string> readBody(mg_connection* conn, const mg_request_info* request,
                                        Refusal& refusal) {
        if (request->content_length > kMaxBody) {
            refusal = Refusal::tooLarge;
            return std::nullopt;
        }
        std::string body(static_cast<std::size_t>(kMaxBody) + 1, '\0');
        std::size_t got = 0;
        while (got < body.size()) {
            const int n = mg_read(conn, body.data() + got, body.size() - got);
            if (n <= 0) break;
            got += static_cast<std::size_t>(n);
        }
        if (got > static_cast<std::size_t>(kMaxBody)) { // chunked, no length given
            refusal = Refusal::tooLarge;
            return std::nullopt;
        }
        body.resize(got);
        return body;
    }

    int vote(mg_connection* conn, const mg_request_info* request) {
        Refusal refusal = Refusal::badRequest;
        const auto body = readBody(conn, request, refusal);
        if (!body) return refuseWith(conn, refusal, "body too large");
        const json parsed = json::parse(*body, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object())
            return refuseWith(conn, Refusal::badRequest, "malformed JSON");
        const auto field = [&](const char* name) {
            return parsed.contains(name) ? parsed[name] : json();
        };
        const json roomField = field("room"), tokenField = field("token"),
                   decisionField = field("decision"), optionField = field("option"),
                   teamField = field("team");
        if (!roomField.is_string() || !tokenField.is_string() ||
            !decisionField.is_number_integer() || !optionField.is_number_integer() ||
            !(teamField.is_null() || teamField.is_number_integer()))
            return refuseWith(conn, Refusal::badRequest, "malformed vote");
        if (upper(roomField.get<std::string>()) != room)
            return refuseWith(conn, Refusal::wrongRoom, "wrong room");
        VoteRequest vote;
        vote.token = tokenField.get<std::string>();
        if (!validToken(vote.token)) return refuseWith(conn, Refusal::badRequest, "bad token");
        const long long decision = decisionField.get<long long>();
        vote.decision = decision < 0 || decision > 1'000'000 ? -1 : static_cast<int>(decision);
        vote.option = optionField.get<long long>();
        if (teamField.is_number_integer()) vote.team = teamField.get<long long>();

        bool limited = false;
        Verdict verdict = Verdict::accepted;
        {
            std::lock_guard lock(mutex);
            limited = !perPhone.allow(vote.token, Clock::now());
            if (!limited) verdict = box.vote(vote, Clock::now());
        }
        if (limited) return refuseWith(conn, Refusal::rateLimited, "slow down");
        if (verdict != Verdict::accepted) return refuseVote(conn, verdict);
        send(conn, 200, "application/json", json{{"ok", true}, {"option", vote.option}}.dump());
        notify();
        return 200;
    }

    int refuseVote(mg_connection* conn, Verdict verdict) {
        switch (verdict) {
        case Verdict::notCurrent:
            return refuseWith(conn, Refusal::closed, "not the current decision");
        case Verdict::closed:
            return refuseWith(conn, Refusal::closed, "votes are closed");
        case Verdict::badOption:
            return refuseWith(conn, Refusal::badRequest, "no such option");
        case Verdict::badTeam:
            return refuseWith(conn, Refusal::badRequest, "no such team");
        case Verdict::notYourTurn: {
            refuse(Refusal::closed);
            send(conn, 403, "application/json", R"({"ok":false,"error":"not your team's turn"})");
            return 403;
        }
        case Verdict::tooManyPhones:
            return refuseWith(conn, Refusal::tooMany, "room is full");
        case Verdict::accepted:
            break;
        }
        return 500;
    }

    // --- WebSockets ---------------------------------------------------------------------------

    // Before the handshake: the same checks as a ballot request. Refused: no socket, and the page
    // falls back to polling (where the refusal is answered properly).
    int socketOpening(const mg_connection* conn) {
        const mg_request_info* request = mg_get_request_info(conn);
        if (!addressAllowed(request)) {
            refuse(Refusal::rateLimited);
            return 1;
        }
        std::string token;
        if (const auto refusal = checkPhone(request, token)) {
            refuse(*refusal);
            return 1;
        }
        // Each socket holds a worker thread for as long as it is open: past the class size the
        // rest are kept for page loads and votes, and the extra phones poll instead.
        std::lock_guard sockets_lock(socketsMutex);
        if (sockets.size() >= static_cast<std::size_t>(std::max(options.classSize, 1))) {
            refuse(Refusal::tooMany);
            return 1;
        }
        return 0;
    }

    void socketReady(mg_connection* conn) {
        const std::string token = queryVar(mg_get_request_info(conn), "token");
        bool counted = false;
        std::string first;
        std::uint64_t version = 0;
        std::lock_guard sockets_lock(socketsMutex);
        {
            std::lock_guard lock(mutex);
            counted = box.connected(token, Clock::now());
            if (!counted) add(refusals, Refusal::tooMany);
            first = ballotJson(box.ballot(), box.voteOf(token));
            version = ballotVersion;
        }
        sockets[conn] = Socket{counted ? token : std::string(), version};
        // Under socketsMutex, so the pusher cannot send a newer ballot before this one.
        mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_TEXT, first.data(), first.size());
        if (counted) notify();
    }

    void socketClosed(const mg_connection* conn) {
        std::string token;
        {
            std::lock_guard sockets_lock(socketsMutex);
            const auto it = sockets.find(const_cast<mg_connection*>(conn));
            if (it == sockets.end()) return;
            token = it->second.token;
            sockets.erase(it);
        }
        if (token.empty()) return;
        std::lock_guard lock(mutex);
        box.disconnected(token, Clock::now());
    }

    // Pushes each new ballot to every open socket, from its own thread: a slow phone delays
    // only the other phones' pushes, never the window.
    void pushLoop() {
        while (true) {
            {
                std::unique_lock push_lock(pushMutex);
                wake.wait(push_lock, [&] { return stopping || shown != pushed; });
                if (stopping) return;
                pushed = shown;
            }
            // Under socketsMutex: a socket's close handler waits, so no connection is freed
            // while it is written to.
            std::lock_guard sockets_lock(socketsMutex);
            std::vector<std::pair<mg_connection*, std::string>> messages;
            {
                std::lock_guard lock(mutex);
                for (auto& [conn, socket] : sockets) {
                    if (socket.sent == ballotVersion) continue;
                    socket.sent = ballotVersion;
                    messages.emplace_back(conn, ballotJson(box.ballot(), box.voteOf(socket.token)));
                }
            }
            for (const auto& [conn, message] : messages)
                mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_TEXT, message.data(), message.size());
        }
    }

    // civetweb's own refusals (a request over the header limit, a malformed request line): count
    // them, and let civetweb answer.
    void civetwebError(int status) {
        refuse(status == 404                    ? Refusal::notFound
               : status == 413 || status == 431 ? Refusal::tooLarge
               : status == 429                  ? Refusal::rateLimited
                                                : Refusal::badRequest);
    }
};

namespace {

JoinServer::Impl* implOf(const mg_connection* conn) {
    return static_cast<JoinServer::Impl*>(mg_get_user_data(mg_get_context(conn)));
}

int onRequest(mg_connection* conn, void* impl) {
    return static_cast<JoinServer::Impl*>(impl)->handle(conn);
}
int onSocketOpening(const mg_connection* conn, void* impl) {
    return static_cast<JoinServer::Impl*>(impl)->socketOpening(conn);
}
void onSocketReady(mg_connection* conn, void* impl) {
    static_cast<JoinServer::Impl*>(impl)->socketReady(conn);
}
int onSocketData(mg_connection*, int bits, char*, std::size_t, void*) {
    // Phones vote over HTTP; a frame from them is ignored, a close frame ends the socket.
    return (bits & 0x0F) == MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE ? 0 : 1;
}
void onSocketClosed(const mg_connection* conn, void* impl) {
    static_cast<JoinServer::Impl*>(impl)->socketClosed(conn);
}
int onHttpError(mg_connection* conn, int status, const char*) {
    if (JoinServer::Impl* impl = implOf(conn)) impl->civetwebError(status);
    return 1;
}

} // namespace

JoinServer::JoinServer() = default;

std::unique_ptr<JoinServer> JoinServer::start(const ServerOptions& options, std::string& problem) {
    mg_init_library(0);
    std::unique_ptr<JoinServer> server(new JoinServer());
    server->impl_ = std::make_unique<Impl>(options);
    Impl& impl = *server->impl_;

    const std::string ports = options.bind + ":" + std::to_string(options.port);
    const std::string threads = std::to_string(std::max(options.classSize, 1) + 16);
    // No document_root: civetweb never touches the file system; every answer is ours.
    const char* config[] = {"listening_ports",
                            ports.c_str(),
                            "num_threads",
                            threads.c_str(),
                            "max_request_size",
                            kMaxHeaders,
                            "request_timeout_ms",
                            "10000",
                            "enable_keep_alive",
                            "yes",
                            "keep_alive_timeout_ms",
                            "1000",
                            "websocket_timeout_ms",
                            "30000",
                            "enable_websocket_ping_pong",
                            "yes",
                            "decode_url",
                            "yes",
                            "tcp_nodelay",
                            "1", // headers and body go out at once, no 40 ms wait
                            nullptr};
    mg_callbacks callbacks{};
    callbacks.http_error = onHttpError;
    char errorText[256] = {};
    unsigned errorCode = 0;
    mg_error_data error{&errorCode, errorText, sizeof errorText};
    mg_init_data init{&callbacks, &impl, config};
    impl.context = mg_start2(&init, &error);
    if (impl.context == nullptr) {
        problem = portInUse(options.bind, options.port)
                      ? "port " + std::to_string(options.port) + " is in use: start with --port N"
                      : "cannot listen on " + ports + ": " + errorText;
        return nullptr;
    }
    mg_server_port listening[4] = {};
    const int count = mg_get_server_ports(impl.context, 4, listening);
    impl.port = count > 0 ? listening[0].port : options.port;
    mg_set_request_handler(impl.context, "**", onRequest, &impl);
    mg_set_websocket_handler(impl.context, "/ws", onSocketOpening, onSocketReady, onSocketData,
                             onSocketClosed, &impl);
    impl.pusher = std::thread([&impl] { impl.pushLoop(); });
    return server;
}

JoinServer::~JoinServer() {
    if (!impl_) return;
    {
        std::lock_guard push_lock(impl_->pushMutex);
        impl_->stopping = true;
    }
    impl_->wake.notify_all();
    if (impl_->pusher.joinable()) impl_->pusher.join();
    if (impl_->context == nullptr) return;
    std::atomic<bool> stopped{false};
    std::thread stopper([&] {
        mg_stop(impl_->context);
        stopped = true;
    });
    while (!stopped) {
        knock(impl_->options.bind, impl_->port);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stopper.join();
}

int JoinServer::port() const {
    return impl_->port;
}

const std::string& JoinServer::roomCode() const {
    return impl_->room;
}

std::vector<std::string> JoinServer::joinAddresses() const {
    const std::string& bind = impl_->options.bind;
    const std::vector<std::string> hosts =
        bind == "0.0.0.0" || bind.empty() ? ipv4Addresses() : std::vector<std::string>{bind};
    std::vector<std::string> out;
    for (const std::string& host : hosts)
        out.push_back("http://" + host + ":" + std::to_string(impl_->port) +
                      "/?room=" + impl_->room);
    return out;
}

void JoinServer::show(const Ballot& ballot) {
    {
        std::lock_guard lock(impl_->mutex);
        if (impl_->box.ballot() == ballot) return; // every frame calls this: nothing to push
        impl_->box.show(ballot);
        ++impl_->ballotVersion;
    }
    {
        std::lock_guard push_lock(impl_->pushMutex);
        ++impl_->shown;
    }
    impl_->wake.notify_all();
}

Tally JoinServer::tally() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->box.tally(Clock::now());
}

Refusals JoinServer::refusals() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->refusals;
}

void JoinServer::onChange(std::function<void()> callback) {
    auto shared = std::make_shared<const std::function<void()>>(std::move(callback));
    std::lock_guard lock(impl_->callbackMutex);
    impl_->changed = std::move(shared);
}

} // namespace frontline::net
