#include "storage/migrations.h"
