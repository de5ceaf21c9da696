#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <iostream>

namespace griot::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Small inputs finish before this, and a line that flashes for a moment is
// noise; after it, redraw at most this often.
constexpr auto kFirstDrawDelay = std::chrono::milliseconds(300);
constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

std::size_t TerminalWidth() {
  winsize ws{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

std::string FormatBytes(std::uint64_t bytes) {
  static const char* const kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " B";
  double v = static_cast<double>(bytes);
  int unit = 0;
  while (v >= 1024 && unit < 4) {
    v /= 1024;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %s", v, kUnits[unit]);
  return buf;
}

std::string FormatCount(double count) {
  char buf[32];
  if (count < 1000) {
    std::snprintf(buf, sizeof buf, "%.0f", count);
  } else if (count < 1e6) {
    std::snprintf(buf, sizeof buf, "%.1f k", count / 1e3);
  } else if (count < 1e9) {
    std::snprintf(buf, sizeof buf, "%.1f M", count / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f G", count / 1e9);
  }
  return buf;
}

std::string FormatDuration(double seconds) {
  if (seconds < 0) seconds = 0;
  auto total = static_cast<std::uint64_t>(seconds + 0.5);
  std::uint64_t h = total / 3600, m = (total / 60) % 60, s = total % 60;
  char buf[48];
  if (h > 0) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ":%02" PRIu64 ":%02" PRIu64, h, m, s);
  } else {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ":%02" PRIu64, m, s);
  }
  return buf;
}

std::string FormatProgress(const ProgressState& state, std::size_t width) {
  std::string line = state.label;
  line += "  ";
  line += FormatBytes(state.bytes);
  const bool known_total = state.total_bytes && *state.total_bytes > 0;
  if (known_total) {
    std::uint64_t total = *state.total_bytes;
    line += " / " + FormatBytes(total);
    auto percent =
        static_cast<int>(100.0 * static_cast<double>(state.bytes) / static_cast<double>(total));
    if (percent > 100) percent = 100;
    line += " (" + std::to_string(percent) + "%)";
  }
  line += "  " + FormatCount(static_cast<double>(state.statements)) + " triples";
  if (state.seconds > 0) {
    double rate = static_cast<double>(state.statements) / state.seconds;
    line += "  " + FormatCount(rate) + " triples/s";
  }
  if (!state.phase.empty()) {
    line += "  [" + state.phase + "]";
  } else if (known_total && state.bytes > 0 && state.seconds > 0 &&
             state.bytes < *state.total_bytes) {
    // Bytes, not statements, drive the estimate: the statement count of the
    // whole file is not known until it is read.
    double bytes_per_second = static_cast<double>(state.bytes) / state.seconds;
    double left = static_cast<double>(*state.total_bytes - state.bytes) / bytes_per_second;
    line += "  ETA " + FormatDuration(left);
  }
  if (width > 0 && line.size() > width) line.resize(width);
  return line;
}

ProgressLine::ProgressLine(std::string label, std::optional<std::uint64_t> total_bytes)
    : enabled_(isatty(STDERR_FILENO) == 1), start_(Clock::now()) {
  state_.label = std::move(label);
  state_.total_bytes = total_bytes;
  last_draw_ = start_;
}

ProgressLine::~ProgressLine() { Finish(); }

void ProgressLine::Update(std::uint64_t bytes, std::uint64_t statements) {
  std::lock_guard lock(mu_);
  if (!enabled_) return;
  state_.bytes = bytes;
  state_.statements = statements;
  MaybeDraw();
}

void ProgressLine::SetPhase(std::string_view phase) {
  std::lock_guard lock(mu_);
  if (!enabled_) return;
  if (state_.phase == phase) return;
  state_.phase = std::string(phase);
  MaybeDraw();
}

void ProgressLine::MaybeDraw() {
  auto now = Clock::now();
  if (now - start_ < kFirstDrawDelay) return;
  if (drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  state_.seconds = std::chrono::duration<double>(now - start_).count();
  // One column is left free so that the cursor never wraps to a new line.
  std::string line = FormatProgress(state_, TerminalWidth() - 1);
  std::cerr << "\r\x1b[K" << line << std::flush;
  drawn_ = true;
}

void ProgressLine::Finish() {
  std::lock_guard lock(mu_);
  if (drawn_) {
    std::cerr << "\r\x1b[K" << std::flush;
    drawn_ = false;
  }
  enabled_ = false;
}

}  // namespace griot::cli
