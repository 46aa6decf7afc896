#ifndef SKRANKE_CSQLITE_SHIM_H
#define SKRANKE_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro Swift cannot import: it tells SQLite to copy
// a bound value before the call returns.
static inline sqlite3_destructor_type skranke_sqlite_transient(void) {
  return SQLITE_TRANSIENT;
}

#endif
