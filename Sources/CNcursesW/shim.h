#ifndef SKRANKE_CNCURSESW_SHIM_H
#define SKRANKE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character support must be
// switched on here, before <ncurses.h>, or get_wch/mvaddwstr do not exist.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <ncurses.h>

// Macros and globals Swift cannot import (or that Swift 6 calls unsafe).
static inline WINDOW *skranke_stdscr(void) { return stdscr; }
static inline int skranke_lines(void) { return LINES; }
static inline int skranke_cols(void) { return COLS; }
static inline attr_t skranke_a_bold(void) { return A_BOLD; }
static inline attr_t skranke_a_reverse(void) { return A_REVERSE; }
static inline attr_t skranke_a_underline(void) { return A_UNDERLINE; }
static inline attr_t skranke_a_dim(void) { return A_DIM; }
static inline attr_t skranke_a_normal(void) { return A_NORMAL; }
static inline int skranke_key_f(int n) { return KEY_F(n); }
// Alt-Left/Alt-Right as xterm and tmux send them, bound to two codes of
// our own (far above the range ncurses numbers a terminal's extra keys in)
// so they arrive as single keys. Esc b / Esc f are deliberately not bound:
// Esc followed quickly by a typed b or f must stay Esc and a letter.
enum { SKRANKE_KEY_ALT_LEFT = 0x7A00, SKRANKE_KEY_ALT_RIGHT = 0x7A01 };
static inline void skranke_define_word_keys(void) {
  define_key("\033[1;3D", SKRANKE_KEY_ALT_LEFT);
  define_key("\033[1;3C", SKRANKE_KEY_ALT_RIGHT);
  // Home and End the other ways terminals send them (tmux and screen send
  // ESC [1~ and ESC [4~ whatever TERM says; rxvt [7~ [8~; others ESC O H/F
  // or ESC [H/F): unknown, their tail would be typed into a field as text.
  define_key("\033[1~", KEY_HOME);
  define_key("\033[7~", KEY_HOME);
  define_key("\033[H", KEY_HOME);
  define_key("\033OH", KEY_HOME);
  define_key("\033[4~", KEY_END);
  define_key("\033[8~", KEY_END);
  define_key("\033[F", KEY_END);
  define_key("\033OF", KEY_END);
}
static inline int skranke_attr_set(attr_t attrs, short pair) {
  return attr_set(attrs, pair, NULL);
}
static inline int skranke_color_pair(int n) { return COLOR_PAIR(n); }
// stdin/stdout are C globals Swift 6 calls unsafe to touch.
static inline SCREEN *skranke_newterm(const char *term) { return newterm(term, stdout, stdin); }
#include <langinfo.h>
static inline int skranke_locale_is_utf8(void) {
  const char *cs = nl_langinfo(CODESET);
  return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

// Pseudo-terminal calls (used by `skranke bench` to start the real program
// in a terminal); glibc hides them unless _XOPEN_SOURCE is set before the
// system headers, which SwiftPM does not let us do.
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
// The columns a character takes, as ncurses and the terminal count them.
int wcwidth(wchar_t c);
static const short skranke_posix_spawn_setsid = 0x80;  // POSIX_SPAWN_SETSID in glibc

#endif
