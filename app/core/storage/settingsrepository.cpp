#include "storage/settingsrepository.h"
