#pragma once

#include "api/Subscription.h"

// The answer to POST /api/v1/webhooks/: the subscription plus its client_secret, which the server
// shows this once and never again.
struct CreatedSubscription
{
    Subscription subscription;
    QString clientSecret;  // at most 255 characters
};
