#ifndef VEIL_CLMDB_SHIM_H
#define VEIL_CLMDB_SHIM_H
#include <lmdb.h>
#endif
