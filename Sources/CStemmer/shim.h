#ifndef COACH_CSTEMMER_SHIM_H
#define COACH_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
