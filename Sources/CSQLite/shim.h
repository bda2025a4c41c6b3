#ifndef COACH_CSQLITE_SHIM_H
#define COACH_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
