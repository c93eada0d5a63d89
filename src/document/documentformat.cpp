#include "document/documentformat.h"
