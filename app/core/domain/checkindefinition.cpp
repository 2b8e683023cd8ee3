#include "domain/checkindefinition.h"
