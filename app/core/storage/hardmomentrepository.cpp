#include "storage/hardmomentrepository.h"
