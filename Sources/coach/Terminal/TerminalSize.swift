import FoundationEssentials
import Glibc

/// The width to wrap output to: the terminal's (up to 100, a comfortable line to read), read
/// afresh each time so a resized window (SIGWINCH) re-wraps what follows; `COLUMNS`, or 80,
/// when output is not a terminal.
enum TerminalSize {
    static var columns: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            // NB: one column short of the edge, or some terminals wrap a full line twice.
            return min(Int(size.ws_col) - 1, 100)
        }
        if let columns = Environment.value(of: "COLUMNS").flatMap(Int.init), columns > 20 {
            return columns
        }
        return 80
    }
}
