#pragma once

// Two lanes per rate-limit bucket: Interactive (a person's click) always goes first; Bulk
// (a job of hundreds) never takes the last slots of a window, so a click waits at most one slot.
enum class RequestLane {
    Interactive,
    Bulk,
};
