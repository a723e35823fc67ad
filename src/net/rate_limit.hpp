// Token buckets per key (a remote address, a phone's token): a steady rate with a burst, so a
// page that loads five files at once is never refused but a flood is. The table is bounded:
// buckets that have filled up again are the same as no bucket and are dropped first.
#pragma once

#include "net/ballot_box.hpp"

#include <string>
#include <unordered_map>

namespace frontline::net {

struct RateLimit {
    double perSecond = 20;
    double burst = 40;
};

class RateLimiter {
  public:
    RateLimiter(RateLimit limit, std::size_t maxKeys);
    // Takes one request's worth from the key's bucket; false when it is empty (refuse: 429).
    bool allow(const std::string& key, Clock::time_point now);
    std::size_t keys() const { return buckets_.size(); }

  private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point at{};
    };
    double refilled(const Bucket& bucket, Clock::time_point now) const;
    void forgetFull(Clock::time_point now);

    RateLimit limit_;
    std::size_t maxKeys_;
    std::unordered_map<std::string, Bucket> buckets_;
};

} // namespace frontline::net
