#include "storage/statement.h"
