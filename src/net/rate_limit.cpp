#include "net/rate_limit.hpp"

#include <algorithm>

namespace frontline::net {

RateLimiter::RateLimiter(RateLimit limit, std::size_t maxKeys)
    : limit_(limit), maxKeys_(std::max<std::size_t>(maxKeys, 1)) {}

double RateLimiter::refilled(const Bucket& bucket, Clock::time_point now) const {
    const double seconds = std::chrono::duration<double>(now - bucket.at).count();
    return std::min(limit_.burst, bucket.tokens + std::max(0.0, seconds) * limit_.perSecond);
}

void RateLimiter::forgetFull(Clock::time_point now) {
    std::erase_if(buckets_,
                  [&](const auto& entry) { return refilled(entry.second, now) >= limit_.burst; });
}

bool RateLimiter::allow(const std::string& key, Clock::time_point now) {
    auto it = buckets_.find(key);
    if (it == buckets_.end()) {
        if (buckets_.size() >= maxKeys_) forgetFull(now);
        // Still full of busy keys: a new key is refused rather than growing memory without end.
        if (buckets_.size() >= maxKeys_) return false;
        it = buckets_.emplace(key, Bucket{limit_.burst, now}).first;
    }
    Bucket& bucket = it->second;
    bucket.tokens = refilled(bucket, now);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
}

} // namespace frontline::net
