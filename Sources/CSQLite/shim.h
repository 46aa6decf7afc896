#ifndef SKRANKE_CSQLITE_SHIM_H
#define SKRANKE_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro Swift cannot import: it tells SQLite to copy
// a bound value before the call returns.
static inline sqlite3_destructor_type skranke_sqlite_transient(void) {
  return SQLITE_TRANSIENT;
}

// Core's one other C need: a character's width in a terminal (Core's
// TerminalCells). <wchar.h> declares wcwidth only under _XOPEN_SOURCE,
// which Swift's Glibc module does not set, so it is declared here.
#include <stddef.h>
extern int wcwidth(wchar_t c);
static inline int skranke_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

#endif
