#include "profiles/Profile.h"

RateLimitPolicy Profile::rateLimitPolicy() const
{
    RateLimitPolicy policy = RateLimitPolicy::documented();
    if (rateWindowMs > 0)
        policy.setWindow(rateWindowMs);
    for (const QString &spec : rateLimitSpecs)
        policy.addOverride(spec, nullptr);
    return policy;
}
