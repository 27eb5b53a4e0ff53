#pragma once

class OvhClient;

// The network preferences the user sets in the GUI (NetworkSettingsDialog), kept in
// QSettings: the client-side rate limit, in requests per second (0: off), and how long a call
// may wait for a usable answer, retries included, before it fails.
namespace NetworkSettings {
constexpr int DefaultRequestsPerSecond = 20;
constexpr int MaxRequestsPerSecond = 1000;
constexpr int DefaultGiveUpSeconds = 90;
constexpr int MinGiveUpSeconds = 5;
constexpr int MaxGiveUpSeconds = 600;

int requestsPerSecond();
void setRequestsPerSecond(int perSecond);
int giveUpSeconds();
void setGiveUpSeconds(int seconds);
// Gives a live client the saved settings (calls already queued follow the rate at once; the
// new deadline applies to calls sent from now on).
void applyTo(OvhClient *client);
} // namespace NetworkSettings
