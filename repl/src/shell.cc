// griot repl: the interactive shell, on libedit (line editing, history,
// completion). The statements themselves run in a Session (session.cc); the
// rules for where a statement ends are in statement.cc.
#include "shell.h"

#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>

#include "completion.h"
#include "session.h"
#include "statement.h"
#include "table.h"

#ifndef GRIOT_VERSION
#define GRIOT_VERSION "unknown"
#endif

namespace griot::cli {

namespace {

namespace fs = std::filesystem;

constexpr int kHistorySize = 1000;

// Ctrl-C: cancels the running query (the session polls g_cancel_requested),
// or, at the prompt, interrupts the read so that the line is cleared.
volatile sig_atomic_t g_interrupted = 0;

extern "C" void OnReplInterrupt(int) {
  g_cancel_requested.store(true);
  g_interrupted = 1;
}

// Installed for the whole session, without SA_RESTART so that a read at the
// prompt returns; restored on destruction.
class ReplInterruptGuard {
 public:
  ReplInterruptGuard() {
    struct sigaction action {};
    action.sa_handler = OnReplInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    installed_ = ::sigaction(SIGINT, &action, &previous_) == 0;
  }
  ~ReplInterruptGuard() {
    if (installed_) ::sigaction(SIGINT, &previous_, nullptr);
  }
  ReplInterruptGuard(const ReplInterruptGuard&) = delete;
  ReplInterruptGuard& operator=(const ReplInterruptGuard&) = delete;

 private:
  struct sigaction previous_ {};
  bool installed_ = false;
};

// libedit's way to read a character, replaced: a Ctrl-C that arrives while
// libedit is between two reads would otherwise be noticed only after the
// next key. This one never blocks for long without looking at the flag.
// Returns 1 with a character, 0 at the end of input, -1 after Ctrl-C or an
// error (el_gets then returns).
int ReadChar(EditLine*, wchar_t* out) {
  std::mbstate_t state{};
  while (true) {
    if (g_interrupted) {
      *out = 0;
      errno = EINTR;
      return -1;
    }
    struct pollfd p {};
    p.fd = STDIN_FILENO;
    p.events = POLLIN;
    const int ready = ::poll(&p, 1, 100);
    if (ready < 0 && errno != EINTR) return -1;
    if (ready <= 0) continue;
    char byte = 0;
    const ssize_t n = ::read(STDIN_FILENO, &byte, 1);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    if (n == 0) {
      *out = 0;
      return 0;
    }
    wchar_t wc = 0;
    const std::size_t used = std::mbrtowc(&wc, &byte, 1, &state);
    if (used == static_cast<std::size_t>(-2)) continue;  // the rest of a UTF-8 sequence
    if (used == static_cast<std::size_t>(-1)) {
      state = std::mbstate_t{};
      wc = static_cast<unsigned char>(byte);
    }
    *out = wc;
    return 1;
  }
}

// $XDG_STATE_HOME/griot/history when XDG_STATE_HOME is set, else
// ~/.griot_history; empty when neither can be used.
std::string HistoryPath() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state != '\0') {
    fs::path dir = fs::path(state) / "griot";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!ec) return (dir / "history").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return (fs::path(home) / ".griot_history").string();
  }
  return {};
}

class Shell {
 public:
  Shell(const GlobalOptions& global, bool tty) : session_(MakeOptions(global, tty)), tty_(tty) {}
  ~Shell() {
    if (history_ != nullptr) {
      SaveHistory();
      history_end(history_);
    }
    if (el_ != nullptr) el_end(el_);
  }
  Shell(const Shell&) = delete;
  Shell& operator=(const Shell&) = delete;

  int Run();

 private:
  static SessionOptions MakeOptions(const GlobalOptions& global, bool tty) {
    SessionOptions o;
    o.global = global;
    o.interactive = tty;
    o.keep_going = true;  // at the prompt, a failed statement ends nothing
    return o;
  }

  void SetUpEditor();
  // The next line without its line break; nullopt at the end of input, or
  // after Ctrl-C at the prompt (then interrupted_ is true).
  std::optional<std::string> ReadLine();
  void AddHistory(const std::string& entry);
  void SaveHistory();
  void RunStatement(const Statement& st);

  static char* Prompt(EditLine* el);
  static unsigned char CompleteKey(EditLine* el, int ch);
  static unsigned char InterruptKey(EditLine* el, int ch);
  static unsigned char EndKey(EditLine* el, int ch);
  unsigned char Complete(EditLine* el);

  Session session_;
  ReplInput input_;
  bool tty_;
  EditLine* el_ = nullptr;
  History* history_ = nullptr;
  HistEvent event_{};
  std::string history_path_;
  bool interrupted_ = false;
};

void Shell::SetUpEditor() {
  el_ = el_init("griot", stdin, stdout, stderr);
  if (el_ == nullptr) return;
  el_set(el_, EL_CLIENTDATA, this);
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_PROMPT, &Shell::Prompt);
  // Ctrl-C is ours (ReplInterruptGuard): libedit must not take SIGINT.
  el_set(el_, EL_SIGNAL, 0);
  el_set(el_, EL_GETCFN, &ReadChar);
  history_ = history_init();
  if (history_ != nullptr) {
    history(history_, &event_, H_SETSIZE, kHistorySize);
    history(history_, &event_, H_SETUNIQUE, 1);
    history_path_ = HistoryPath();
    if (!history_path_.empty()) history(history_, &event_, H_LOAD, history_path_.c_str());
    el_set(el_, EL_HIST, history, history_);
  }
  el_set(el_, EL_ADDFN, "griot-complete", "Complete SPARQL, prefixes, names, dot-commands",
         &Shell::CompleteKey);
  el_set(el_, EL_BIND, "^I", "griot-complete", nullptr);
  // Ctrl-C and Ctrl-D do the same whether or not the terminal turns them
  // into signals and end-of-file while libedit reads.
  el_set(el_, EL_ADDFN, "griot-interrupt", "Drop the statement being typed", &Shell::InterruptKey);
  el_set(el_, EL_BIND, "^C", "griot-interrupt", nullptr);
  el_set(el_, EL_ADDFN, "griot-end", "Leave on an empty line, else delete the next character",
         &Shell::EndKey);
  el_set(el_, EL_BIND, "^D", "griot-end", nullptr);
  // The user's ~/.editrc (key bindings, vi mode) applies on top.
  el_source(el_, nullptr);
}

char* Shell::Prompt(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  static char kMain[] = "griot> ";
  static char kMore[] = "  ...> ";
  return static_cast<Shell*>(data)->input_.has_pending() ? kMore : kMain;
}

unsigned char Shell::CompleteKey(EditLine* el, int) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<Shell*>(data)->Complete(el);
}

unsigned char Shell::InterruptKey(EditLine*, int) {
  g_interrupted = 1;
  return CC_EOF;
}

unsigned char Shell::EndKey(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  if (li->buffer == li->lastchar) return CC_EOF;
  if (li->cursor == li->lastchar) return CC_REFRESH_BEEP;
  el_cursor(el, 1);
  el_deletestr(el, 1);
  return CC_REFRESH;
}

unsigned char Shell::Complete(EditLine* el) {
  const LineInfo* li = el_line(el);
  const std::string before(li->buffer, li->cursor);
  const std::string whole(li->buffer, li->lastchar);
  CompletionSources sources = session_.CompletionData();
  sources.statement = input_.pending().empty() ? whole : input_.pending() + "\n" + whole;
  Completion c = griot::cli::Complete(before, sources);
  if (c.candidates.empty()) return CC_REFRESH_BEEP;
  const std::string common = CommonPrefix(c.candidates);
  if (common.size() >= c.word.size() && common != c.word) {
    el_deletestr(el, static_cast<int>(c.word.size()));
    el_insertstr(el, common.c_str());
  }
  if (c.candidates.size() == 1) {
    if (c.space_after) el_insertstr(el, " ");
    return CC_REFRESH;
  }
  // Several: list them in columns under the line, then redraw it.
  std::size_t widest = 0;
  for (const auto& s : c.candidates) widest = std::max(widest, DisplayWidth(s));
  const std::size_t columns = std::max<std::size_t>(1, 80 / (widest + 2));
  std::string listing = "\n";
  for (std::size_t i = 0; i < c.candidates.size(); ++i) {
    const std::string& s = c.candidates[i];
    listing += s;
    if ((i + 1) % columns == 0 || i + 1 == c.candidates.size()) {
      listing += '\n';
    } else {
      listing.append(widest + 2 - DisplayWidth(s), ' ');
    }
  }
  std::fputs(listing.c_str(), stdout);
  std::fflush(stdout);
  return CC_REDISPLAY;
}

std::optional<std::string> Shell::ReadLine() {
  interrupted_ = false;
  g_interrupted = 0;
  std::cout.flush();
  std::cerr.flush();
  if (el_ == nullptr) {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  }
  // The terminal goes into editing mode before the prompt shows, not at the
  // first key: a key typed in between would otherwise meet the terminal's
  // own line discipline (Ctrl-D there is lost in the switch).
  el_set(el_, EL_PREP_TERM, 1);
  int count = 0;
  const char* line = el_gets(el_, &count);
  if (g_interrupted) {
    // Ctrl-C at the prompt: whatever was typed is dropped.
    interrupted_ = true;
    return std::nullopt;
  }
  if (line == nullptr || count <= 0) return std::nullopt;
  std::string text(line, static_cast<std::size_t>(count));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

void Shell::AddHistory(const std::string& entry) {
  if (history_ == nullptr || entry.empty()) return;
  history(history_, &event_, H_ENTER, entry.c_str());
  // Saved at once, so that the history survives a crash or a kill.
  SaveHistory();
}

void Shell::SaveHistory() {
  if (history_ != nullptr && !history_path_.empty()) {
    history(history_, &event_, H_SAVE, history_path_.c_str());
  }
}

void Shell::RunStatement(const Statement& st) {
  Origin origin;
  origin.line = 1;
  (void)session_.Run(st, origin);
  std::cout.flush();
}

int Shell::Run() {
  std::setlocale(LC_CTYPE, "");
  ReplInterruptGuard interrupt;
  if (tty_) SetUpEditor();
  session_.OpenIfPresent();
  if (tty_) {
    std::cout << "griot " GRIOT_VERSION ", store " << session_.StoreDescription() << ".\n"
              << "Type a query or .help. Tab completes, Ctrl-C cancels, Ctrl-D leaves.\n";
  }
  while (!session_.quit_requested()) {
    std::optional<std::string> line = ReadLine();
    if (!line) {
      if (interrupted_) {
        input_.Clear();
        std::fputs("\n", stdout);
        std::fflush(stdout);
        continue;
      }
      // End of input: Ctrl-D, or the end of a piped file, where a last
      // statement without its ';' still runs.
      if (!tty_ && input_.has_pending()) RunStatement(input_.Take());
      if (tty_) std::fputs("\n", stdout);
      break;
    }
    ReplInput::Action action = input_.AddLine(*line);
    if (action != ReplInput::Action::kRun) continue;
    if (tty_) AddHistory(input_.HistoryEntry());
    RunStatement(input_.Take());
  }
  std::fflush(stdout);
  return tty_ ? kExitOk : session_.exit_code();
}

}  // namespace

int RunRepl(const GlobalOptions& global) {
  const bool tty = ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;
  Shell shell(global, tty);
  return shell.Run();
}

}  // namespace griot::cli
