#include "dialect/dialect.h"
