// A one-line progress report on stderr for long loads.
//
// The line is drawn only when stderr is a terminal, so that logs and pipes
// never receive carriage returns; it is redrawn at most a few times a second
// and erased by Finish(), before the command prints its summary. Update and
// SetPhase may be called from any thread (a bulk loader reports from its own).
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace griot::cli {

// What a progress line shows at one moment.
struct ProgressState {
  std::string label;                         // usually the file name
  std::uint64_t bytes = 0;                   // input bytes read so far
  std::optional<std::uint64_t> total_bytes;  // unknown for standard input
  std::uint64_t statements = 0;              // statements (triples/quads) so far
  double seconds = 0;                        // since the start
  std::string phase;                         // "sorting", ... or empty
};

// The text of a progress line, without carriage return or colour, e.g.
// "data.nt  12.0 MiB / 48.0 MiB (25%)  1.2 M triples  410 k triples/s  ETA 0:09".
// Truncated to `width` characters when width > 0.
std::string FormatProgress(const ProgressState& state, std::size_t width = 0);

// "512 B", "12.0 KiB", "3.4 MiB", "1.2 GiB".
std::string FormatBytes(std::uint64_t bytes);
// "950", "12.3 k", "4.5 M".
std::string FormatCount(double count);
// "0:09", "12:34", "1:02:03".
std::string FormatDuration(double seconds);

class ProgressLine {
 public:
  // Shows nothing unless stderr is a terminal.
  ProgressLine(std::string label, std::optional<std::uint64_t> total_bytes);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Records how far the input is; redraws when enough time has passed.
  void Update(std::uint64_t bytes, std::uint64_t statements);
  // Names the current phase of a bulk load ("sorting", "writing", ...).
  void SetPhase(std::string_view phase);
  // Erases the line. Idempotent.
  void Finish();

 private:
  // REQUIRES: mu_ held.
  void MaybeDraw();

  std::mutex mu_;

  bool enabled_ = false;
  bool drawn_ = false;
  ProgressState state_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace griot::cli
