#include "domain/checkinvalidation.h"
