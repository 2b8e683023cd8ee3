#include "storage/checkinrepository.h"
