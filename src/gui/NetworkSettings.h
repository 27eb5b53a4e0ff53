#pragma once

class OvhClient;

// The network preferences the user sets in the GUI (NetworkSettingsDialog), kept in
// QSettings: the client-side rate limit, in requests per second (0: off).
namespace NetworkSettings {
constexpr int DefaultRequestsPerSecond = 20;
constexpr int MaxRequestsPerSecond = 1000;

int requestsPerSecond();
void setRequestsPerSecond(int perSecond);
// Gives a live client the saved rate limit (calls already queued follow it at once).
void applyTo(OvhClient *client);
} // namespace NetworkSettings
