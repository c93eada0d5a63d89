#include "model/validator.h"
